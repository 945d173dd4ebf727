package alias

import (
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

var fields = map[string][]string{
	"media": {"text", "image", "video"},
	"lang":  {"id", "en"},
}

const data = `
[media]
image = ["foto", "Photo", "Gambar  Diam"]
text = ["teks"]

[lang]
id = ["indonesia"]
`

func TestParse(t *testing.T) {
	tables, err := Parse(data, fields)
	if err != nil {
		t.Fatal(err)
	}
	media := tables["media"]
	if got := strings.Join(media.Of("image"), ","); got != "foto,photo,gambar diam" {
		t.Errorf("Of(image) = %s", got)
	}
	if got := strings.Join(media.Names(), ","); got != "text,image,video" {
		t.Errorf("Names = %s", got)
	}
	for _, tt := range []struct{ in, want string }{
		{"Foto", "image"}, {" gambar   diam ", "image"}, {"VIDEO", "video"}, {"teks", "text"},
	} {
		if got, ok := media.Canonical(tt.in); !ok || got != tt.want {
			t.Errorf("Canonical(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	if got, ok := media.Canonical("fotto"); ok {
		t.Errorf("Canonical(fotto) = %q: an alias is an exact spelling", got)
	}
	if got := media.Suggest("fotto"); got != "foto" {
		t.Errorf("Suggest(fotto) = %q", got)
	}
	if got := media.Suggest("podcast"); got != "" {
		t.Errorf("Suggest(podcast) = %q", got)
	}
	if got := tables["lang"].Aliases(); len(got) != 1 || got["indonesia"] != "id" {
		t.Errorf("lang aliases = %v", got)
	}
}

// TestParseRejects: a table that names an unknown value or key, or where
// a spelling stands for two values or hides a name, is an error.
func TestParseRejects(t *testing.T) {
	for name, data := range map[string]string{
		"unknown value":    "[media]\nposter = [\"baliho\"]\n",
		"shadows a name":   "[media]\nimage = [\"video\"]\n",
		"two values":       "[media]\nimage = [\"foto\"]\nvideo = [\"Foto\"]\n",
		"unknown key":      "[mood]\nhappy = [\"senang\"]\n",
		"does not parse":   "[media\n",
		"alias not a list": "[media]\nimage = \"foto\"\n",
	} {
		if _, err := Parse(data, fields); err == nil {
			t.Errorf("%s: no error for %q", name, data)
		}
	}
}

// TestNormalSkipsNormalText checks that text returned as it is gets what
// lowering and joining the fields gives it.
func TestNormalSkipsNormalText(t *testing.T) {
	chars := []string{"a", "Z", "0", "-", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\x1c", "é", "É", "\u00a0", "\u0085", "\u2003", "İ"}
	var walk func(prefix string, depth int)
	walk = func(prefix string, depth int) {
		want := strings.ToLower(strings.Join(strings.Fields(prefix), " "))
		if got := Normal(prefix); got != want {
			t.Fatalf("Normal(%q) = %q, want %q", prefix, got, want)
		}
		if depth == 0 {
			return
		}
		for _, c := range chars {
			walk(prefix+c, depth-1)
		}
	}
	walk("", 4)
	for _, s := range []string{"instagram", "facebook", "x", "reel", "id", "gambar diam"} {
		if !isNormal(s) {
			t.Errorf("isNormal(%q) = false", s)
		}
	}
}

// parseSimple, where it reads a table at all, reads what the TOML decoder
// reads: the built-in tables, and random tables made of their kinds of
// lines and of lines that are TOML but not simple, or not TOML.
func TestParseSimpleSameAsTOML(t *testing.T) {
	check := func(data string) bool {
		t.Helper()
		got, ok := parseSimple(data)
		var want map[string]map[string][]string
		_, err := toml.Decode(data, &want)
		if !ok {
			return false
		}
		if err != nil {
			t.Fatalf("parseSimple read what TOML refuses (%v):\n%s", err, data)
		}
		norm := func(m map[string]map[string][]string) map[string]map[string][]string {
			for _, tab := range m {
				for k, v := range tab {
					if len(v) == 0 {
						tab[k] = nil
					}
				}
			}
			return m
		}
		if !reflect.DeepEqual(norm(got), norm(want)) {
			t.Fatalf("parseSimple and TOML differ on\n%s\ngot  %v\nwant %v", data, got, want)
		}
		return true
	}
	for _, file := range []string{"../../platform/data/aliases.toml", "../../draft/data/aliases.toml"} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !check(string(data)) {
			t.Errorf("%s: not read by parseSimple", file)
		}
	}
	lines := []string{
		"", "# comment", "  # indented comment", "[a]", "[b]", "[a-b]", "[ a ]", "[a.b]", "[A]", "[a] # c", "[a",
		`x = ["one"]`, `y = ["one", "two"]`, `z = []`, `x = [ "sp ace" , "t" , ]`, `w = ["a=b", "c#d", "e]f", "g,h"]`,
		`x = ["one"] # c`, `x = ["esc\"aped"]`, `x = ["a\tb"]`, `x = ["\u00e9"]`, `x = ['lit']`, `x = [1]`, `x = "one"`, `x = ["a",`, `x = "a"]`, `x = ["a"`, `x = ]`, `X = ["up"]`,
		`"x" = ["q"]`, "x = [\"tab\there\"]", "x = [\"ctl\x01\"]", `x = ["é", "🎉"]`, "x = [\"\xff\"]", `x=["a"]`,
		"\tx = [\"t\"]\r", `x = [""]`, `x = ["a" "b"]`, `x = ["a",,"b"]`,
	}
	r := rand.New(rand.NewPCG(25, 26))
	read := 0
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(lines[r.IntN(len(lines))])
			b.WriteString([]string{"\n", "\r\n"}[r.IntN(2)])
		}
		if check(b.String()) {
			read++
		}
	}
	if read < 1000 {
		t.Errorf("only %d random tables read by parseSimple", read)
	}
}

// TestLiteral: the source Literal writes calls Static with the table's
// fields, and Static makes the same table again.
func TestLiteral(t *testing.T) {
	tables, err := Parse(data, fields)
	if err != nil {
		t.Fatal(err)
	}
	media := tables["media"]
	want := `alias.Static(
[]string{"text", "image", "video"},
[]string{"foto", "gambar diam", "photo", "teks"},
[]string{"image", "image", "image", "text"},
[][]string{
{"teks"},
{"foto", "photo", "gambar diam"},
nil,
},
)`
	if got := media.Literal(); got != want {
		t.Errorf("Literal:\n%s\nwant:\n%s", got, want)
	}
	if again := Static(media.names, media.spelt, media.values, media.of); !reflect.DeepEqual(again, media) {
		t.Errorf("Static(fields) = %+v, want %+v", again, media)
	}
}
