#!/usr/bin/env bash
# Measures postlint on a generated corpus: drafts per second, wall time,
# peak memory, the ratio to the time it takes merely to read the files in
# parallel, and one draft as a pre-commit hook runs it.
#
#   scripts/bench.sh [N] [SEED]      N drafts (default 10000), corpus seed (default 1)
#   BENCH_BIG=100000 scripts/bench.sh   also measure peak memory at 100,000 drafts
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
seed=${2:-1}
out=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$out"' EXIT

# Built as the release archives are (see .goreleaser.yaml).
go build -trimpath -tags urfave_cli_no_docs -o "$out/postlint" .
go build -trimpath -o "$out/readfloor" ./tools/readfloor
go run ./tools/gencorpus -n "$n" -seed "$seed" "$out/corpus"
# A Go hello-world: the floor for any Go program's start-up.
mkdir -p "$out/hello"
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n' >"$out/hello/main.go"
(cd "$out/hello" && { [ -f go.mod ] || GOFLAGS= go mod init hello >/dev/null 2>&1; } && go build -trimpath -o "$out/hello-go" .)

# Best wall time in seconds (nanosecond clock) over RUNS runs, and the peak
# RSS in KiB of one more run under /usr/bin/time.
measure() {
  local runs=${RUNS:-3} best="" start end wall kib
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    wall=$(( end - start ))
    if [ -z "$best" ] || [ "$wall" -lt "$best" ]; then best=$wall; fi
  done
  /usr/bin/time -f '%M' -o "$out/time" "$@" >/dev/null 2>&1 || true
  kib=$(tail -1 "$out/time")
  awk -v ns="$best" -v kib="$kib" 'BEGIN { printf "%.4f %d\n", ns / 1e9, kib }'
}

sync
# Warm the page cache once so both runs read from memory.
"$out/readfloor" "$out/corpus" >/dev/null
read -r floor floor_rss < <(measure "$out/readfloor" "$out/corpus")
read -r lint lint_rss < <(measure "$out/postlint" --no-config --format json --fail-on none "$out/corpus")

# The first draft by name, from a glob: `ls | head -1` can end ls with
# SIGPIPE, which pipefail turns into the script's exit.
drafts=("$out"/corpus/batch-000/*)
one=${drafts[0]}
read -r single single_rss < <(RUNS=20 measure "$out/postlint" --no-config --fail-on none "$one")
# What starting any process costs here, measured the same way, so the
# one-draft figure can be read against the machine's own floor.
read -r truefloor _ < <(RUNS=20 measure /bin/true)
read -r hello _ < <(RUNS=20 measure "$out/hello-go")

awk -v n="$n" -v floor="$floor" -v lint="$lint" -v rss="$lint_rss" -v single="$single" -v truefloor="$truefloor" -v hello="$hello" -v cores="$(nproc)" 'BEGIN {
  printf "cores:              %d\n", cores
  printf "drafts:             %d\n", n
  printf "read floor:         %.3f s\n", floor
  printf "postlint:           %.3f s wall, %.0f drafts/s, peak RSS %.1f MiB\n", lint, n / (lint > 0 ? lint : 0.001), rss / 1024
  printf "ratio to floor:     %.2fx (target <= 3x)\n", lint / (floor > 0 ? floor : 0.001)
  printf "one draft (hook):   %.1f ms wall incl. process start, %.2fx a Go hello-world (target <= 2x)\n", single * 1000, single / (hello > 0 ? hello : 0.001)
  printf "  Go hello-world:   %.1f ms wall, measured the same way\n", hello * 1000
  printf "  /bin/true here:   %.1f ms wall (the cost of starting any process)\n", truefloor * 1000
}'

if [ -n "${BENCH_BIG:-}" ]; then
  go run ./tools/gencorpus -n "$BENCH_BIG" -seed "$seed" "$out/big" >/dev/null
  read -r wall kib < <(RUNS=1 measure "$out/postlint" --no-config --format json --fail-on none "$out/big")
  awk -v n="$BENCH_BIG" -v wall="$wall" -v kib="$kib" 'BEGIN { printf "%d drafts:     %.2f s wall, peak RSS %.1f MiB (target < 100 MiB)\n", n, wall, kib / 1024 }'
fi
