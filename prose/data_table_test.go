package prose

import (
	_ "embed"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/gentable"
	"github.com/postlint/postlint/internal/strindex"
)

//go:embed data/abbreviations.txt
var abbreviationsData string

//go:embed data/stopwords-id.txt
var stopwordsIDData string

//go:embed data/stopwords-en.txt
var stopwordsENData string

// writeTables makes TestGeneratedDataTables write data_table.go (go
// generate).
var writeTables = gentable.Flag()

// dataLines calls fn for each non-empty, non-comment line of a data file,
// split into fields.
func dataLines(data string, fn func(fields []string)) {
	for line := range strings.Lines(data) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		fn(strings.Fields(line))
	}
}

// parseAbbreviations reads abbreviations.txt: each abbreviation as
// written, and in upper case, with its class. A later line wins over an
// earlier one; of two abbreviations the same in upper case, the one that
// never ends a sentence wins.
func parseAbbreviations(data string) (exact, upper map[string]abbrClass) {
	exact, upper = map[string]abbrClass{}, map[string]abbrClass{}
	dataLines(data, func(f []string) {
		c := abbrTitle
		if len(f) > 1 && f[1] == "final" {
			c = abbrFinal
		}
		exact[f[0]] = c
		u := strings.ToUpper(f[0])
		if prev, ok := upper[u]; !ok || c == abbrTitle && prev == abbrFinal {
			upper[u] = c
		}
	})
	return exact, upper
}

// parseStopwords reads a stopword list: the first field of each line.
func parseStopwords(data string) map[string]bool {
	words := map[string]bool{}
	dataLines(data, func(f []string) { words[f[0]] = true })
	return words
}

// TestGeneratedDataTables renders data_table.go from the data files and
// fails when the committed file is not what it renders: run go generate
// ./prose after changing a list.
func TestGeneratedDataTables(t *testing.T) {
	f := gentable.NewFile("prose", "go test -run ^TestGeneratedDataTables$ -args -write-tables")
	exact, upper := parseAbbreviations(abbreviationsData)
	for _, tab := range []struct {
		name, spelling string
		classes        map[string]abbrClass
	}{{"abbrevExact", "as written", exact}, {"abbrevUpper", "in upper case", upper}} {
		keys := slices.Sorted(maps.Keys(tab.classes))
		classes := make([]abbrClass, len(keys))
		for i, k := range keys {
			classes[i] = tab.classes[k]
		}
		ix := strindex.New(keys)
		f.Printf("\n// %[1]sKeys and %[1]sSlots are a strindex.Index of abbreviations.txt's\n// abbreviations (%[2]s), with the class of each in %[1]sClasses.\n", tab.name, tab.spelling)
		f.Printf("var %sKeys = []string{\n", tab.name)
		f.Strings(keys)
		f.Printf("}\n\nvar %sSlots = []int32{\n", tab.name)
		gentable.Ints(f, ix.Slots())
		f.Printf("}\n\nvar %sClasses = []abbrClass{\n", tab.name)
		gentable.Ints(f, classes)
		f.Printf("}\n")
	}
	for _, tab := range []struct{ name, file, data string }{
		{"stopwordsID", "stopwords-id.txt", stopwordsIDData},
		{"stopwordsEN", "stopwords-en.txt", stopwordsENData},
	} {
		keys := slices.Sorted(maps.Keys(parseStopwords(tab.data)))
		ix := strindex.New(keys)
		f.Printf("\n// %[1]sKeys and %[1]sSlots are a strindex.Index of %[2]s.\n", tab.name, tab.file)
		f.Printf("var %sKeys = []string{\n", tab.name)
		f.Strings(keys)
		f.Printf("}\n\nvar %sSlots = []int32{\n", tab.name)
		gentable.Ints(f, ix.Slots())
		f.Printf("}\n")
	}
	src, err := f.Source()
	if err != nil {
		t.Fatal(err)
	}
	if err := gentable.Sync("data_table.go", src, *writeTables); err != nil {
		t.Fatalf("%v: run go generate ./prose", err)
	}
}

// TestDataTablesMatchTheFiles checks the tables against the data files
// parsed into maps: every entry is found with its class, and spellings
// that are not entries are not.
func TestDataTablesMatchTheFiles(t *testing.T) {
	exact, upper := parseAbbreviations(abbreviationsData)
	a := abbreviations()
	for _, tab := range []struct {
		name string
		want map[string]abbrClass
		ix   abbrevIndex
	}{{"exact", exact, a.exact}, {"upper", upper, a.upper}} {
		for w, want := range tab.want {
			for _, probe := range []string{w, strings.ToLower(w), strings.ToUpper(w), strings.TrimSuffix(w, "."), w + "."} {
				wantC, wantOK := tab.want[probe]
				if c, ok := tab.ix.class(probe); c != wantC || ok != wantOK {
					t.Errorf("%s %q (of %q): class %d, %v; want %d, %v", tab.name, probe, w, c, ok, wantC, wantOK)
				}
			}
			if c, _ := tab.ix.class(w); c != want {
				t.Errorf("%s %q: class %d, want %d", tab.name, w, c, want)
			}
		}
	}
	sw := stopwords()
	for _, tab := range []struct {
		lang string
		want map[string]bool
		ix   strindex.Index
	}{{"id", parseStopwords(stopwordsIDData), sw.id}, {"en", parseStopwords(stopwordsENData), sw.en}} {
		if got := len(Stopwords(tab.lang)); got != len(tab.want) {
			t.Errorf("Stopwords(%q) has %d words, the file %d", tab.lang, got, len(tab.want))
		}
		for w := range tab.want {
			for _, probe := range []string{w, strings.ToUpper(w), w + "x", w[1:]} {
				if got := tab.ix.Find(probe) >= 0; got != tab.want[probe] {
					t.Errorf("stopwords %s: %q found %v, want %v", tab.lang, probe, got, tab.want[probe])
				}
			}
		}
	}
}
