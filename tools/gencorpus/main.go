// Command gencorpus writes a reproducible corpus of draft posts for
// benchmarking postlint: go run ./tools/gencorpus -n 10000 -seed 1 DIR
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/postlint/postlint/internal/corpus"
)

func main() {
	n := flag.Int("n", 10000, "number of drafts")
	seed := flag.Uint64("seed", 1, "random seed; the same seed gives the same corpus")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus [-n N] [-seed S] DIR")
		os.Exit(2)
	}
	total, err := corpus.Write(flag.Arg(0), *n, *seed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d drafts (%d bytes) to %s\n", *n, total, flag.Arg(0))
}
