package twittertext

import (
	_ "embed"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/gentable"
	"github.com/postlint/postlint/internal/strindex"
)

// tldLibYAML is twitter-text's conformance/tld_lib.yml, which
// tld_table.go indexes.
//
//go:embed tld_lib.yml
var tldLibYAML string

// writeTables makes TestGeneratedTLDTable write tld_table.go (go generate).
var writeTables = gentable.Flag()

// TestGeneratedTLDTable renders tld_table.go from tld_lib.yml and fails
// when the committed file is not what it renders: run go generate
// ./twittertext after changing the list.
func TestGeneratedTLDTable(t *testing.T) {
	keys, kinds, maxRunes, err := tldKeysOf(tldLibYAML)
	if err != nil {
		t.Fatal(err)
	}
	ix := strindex.New(keys)
	f := gentable.NewFile("twittertext", "go test -run ^TestGeneratedTLDTable$ -args -write-tables")
	f.Printf("\n// tldMaxRunes is the length of the longest TLD.\nconst tldMaxRunes = %d\n", maxRunes)
	f.Printf("\n// tldKeys, tldSlots and tldKinds are the TLDs of tld_lib.yml as a\n")
	f.Printf("// strindex.Index of their keys (tldKey) with the kinds of each.\n")
	f.Printf("var tldKeys = []string{\n")
	f.Strings(keys)
	f.Printf("}\n\nvar tldSlots = []int32{\n")
	gentable.Ints(f, ix.Slots())
	f.Printf("}\n\nvar tldKinds = []uint8{\n")
	gentable.Ints(f, kinds)
	f.Printf("}\n")
	src, err := f.Source()
	if err != nil {
		t.Fatal(err)
	}
	if err := gentable.Sync("tld_table.go", src, *writeTables); err != nil {
		t.Fatalf("%v: run go generate ./twittertext", err)
	}
}

// tldKeysOf reads the TLD list: the key (tldKey) of each TLD once, in the
// order of the list, with its kinds, and the length of the longest TLD.
func tldKeysOf(data string) (keys []string, kinds []uint8, maxRunes int, err error) {
	at := map[string]int{}
	scanTLDList(data, func(kind uint8, tld string) {
		var key strings.Builder
		for _, r := range tld {
			key.WriteRune(tldKey(r))
		}
		if key.Len() > tldMaxKeyBytes && err == nil {
			err = fmt.Errorf("TLD %q is longer than tldMaxKeyBytes", tld)
		}
		i, ok := at[key.String()]
		if !ok {
			i = len(keys)
			at[key.String()] = i
			keys = append(keys, key.String())
			kinds = append(kinds, 0)
		}
		kinds[i] |= kind
		maxRunes = max(maxRunes, utf8.RuneCountInString(tld))
	})
	return keys, kinds, maxRunes, err
}

// scanTLDList reads tld_lib.yml's two plain lists ("country:" and
// "generic:" followed by "- tld" lines), calling fn with each entry.
// TestTLDListParsesLikeYAML checks it against a YAML decoder.
func scanTLDList(data string, fn func(kind uint8, tld string)) {
	var kind uint8
	rest := data
	for rest != "" {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		line = strings.TrimRight(line, " \r\t")
		switch {
		case line == "country:":
			kind = kindCountry
		case line == "generic:":
			kind = kindGeneric
		case strings.HasPrefix(line, "- ") && kind != 0:
			item := strings.TrimSpace(line[2:])
			// YAML quotes entries that would otherwise read as booleans ('no', 'off').
			if n := len(item); n >= 2 && (item[0] == '\'' || item[0] == '"') && item[n-1] == item[0] {
				item = item[1 : n-1]
			}
			fn(kind, item)
		}
	}
}

// TestTLDTableFindsEveryTLD looks every TLD of the list up in the table,
// as written and in other cases, and some that are not TLDs.
func TestTLDTableFindsEveryTLD(t *testing.T) {
	table := tldTable()
	want := map[string]uint8{}
	scanTLDList(tldLibYAML, func(kind uint8, tld string) {
		want[tld] |= kind
	})
	keyOf := func(s string) []byte {
		var b []byte
		for _, r := range s {
			b = utf8.AppendRune(b, tldKey(r))
		}
		return b
	}
	for tld, kind := range want {
		for _, s := range []string{tld, strings.ToUpper(tld), strings.ToLower(tld)} {
			if got := table.kind(keyOf(s)); got&kind != kind {
				t.Errorf("kind(%q) = %d, want %d or more", s, got, kind)
			}
		}
	}
	for _, s := range []string{"", "c", "comm", "co.id", "xn--", "exampleexample"} {
		if got := table.kind(keyOf(s)); got != 0 {
			t.Errorf("kind(%q) = %d, want 0", s, got)
		}
	}
}
