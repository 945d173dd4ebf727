package alias

import (
	"reflect"
	"strings"
	"testing"
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
