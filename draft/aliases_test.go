package draft

import (
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/alias"
)

// TestAliasTableIsValid: the embedded table parses, names only known
// values, and no spelling stands for two values or hides a name.
func TestAliasTableIsValid(t *testing.T) {
	tables, err := alias.Parse(aliasData, aliasFields())
	if err != nil {
		t.Fatal(err)
	}
	for field := range aliasFields() {
		if len(tables[field].Aliases()) == 0 {
			t.Errorf("no aliases for %s", field)
		}
	}
}

func TestCanonical(t *testing.T) {
	for _, tt := range []struct{ field, in, want string }{
		{"media", "foto", "image"},
		{"media", "Foto", "image"},
		{"media", "video", "video"},
		{"media", "reels", "reel"},
		{"media", "carousel-geser", "carousel"},
		{"media", "geser", "carousel"},
		{"media", "teks", "text"},
		{"media", "cerita", "story"},
		{"media", "tautan", "link"},
		{"media", "photo", "image"},
		{"media", " image ", "image"},
		{"lang", "indonesia", "id"},
		{"lang", "Bahasa  Indonesia", "id"},
		{"lang", "ind", "id"},
		{"lang", "inggris", "en"},
		{"lang", "English", "en"},
		{"lang", "eng", "en"},
		{"lang", "auto", "auto"},
		{"platform", "fb", "facebook"},
		{"platform", "IG", "instagram"},
		{"platform", "yt", "youtube"},
		{"platform", "wa", "whatsapp"},
		{"platform", "twitter", "x"},
		{"platform", "Tik Tok", "tiktok"},
		{"platform", "tik-tok", "tiktok"},
		{"platform", "TikTok", "tiktok"},
		{"account", "pemerintah", "gov"},
	} {
		if got, ok := Canonical(tt.field, tt.in); !ok || got != tt.want {
			t.Errorf("Canonical(%s, %q) = %q, %v; want %q", tt.field, tt.in, got, ok, tt.want)
		}
	}
	// Near misses and other words are not values: an alias is an exact
	// spelling, never a guess.
	for _, tt := range []struct{ field, in string }{
		{"media", "fotto"}, {"media", "poster"}, {"media", "fotografi"}, {"lang", "bahasa"}, {"lang", "jawa"},
		{"platform", "tik"}, {"platform", "myspace"}, {"media", "id"}, {"lang", "image"}, {"mood", "foto"},
	} {
		if got, ok := Canonical(tt.field, tt.in); ok {
			t.Errorf("Canonical(%s, %q) = %q, want unknown", tt.field, tt.in, got)
		}
	}
}

func TestSuggestCoversAliases(t *testing.T) {
	for _, tt := range []struct{ field, in, want string }{
		{"media", "fotto", "foto"},
		{"media", "imgae", "image"},
		{"media", "reells", "reels"},
		{"media", "carousell", "carousel"},
		{"lang", "indonsia", "indonesia"},
		{"lang", "englsh", "english"},
		{"platform", "instagarm", "instagram"},
		{"platform", "tiktk", "tiktok"},
		{"lang", "bahasa jawa", ""},
		{"media", "podcast", ""},
	} {
		if got := Suggest(tt.field, tt.in); got != tt.want {
			t.Errorf("Suggest(%s, %q) = %q, want %q", tt.field, tt.in, got, tt.want)
		}
	}
}

// TestFrontMatterAliases: YAML and TOML front matter take the aliases
// (Indonesian and English spellings), and an unknown value gets a "did you
// mean" that may name an alias.
func TestFrontMatterAliases(t *testing.T) {
	for _, tt := range []struct {
		name, src     string
		media, lang   string
		platforms     string
		problem, sugg string
	}{
		{name: "Indonesian YAML", src: "---\nplatform: [ig, fb, tik tok]\nmedia: foto\nlang: bahasa indonesia\n---\nIsi",
			media: "image", lang: "id", platforms: "instagram,facebook,tiktok"},
		{name: "English YAML", src: "---\nplatform: twitter\nmedia: Reels\nlang: English\n---\nBody",
			media: "reel", lang: "en", platforms: "x"},
		{name: "TOML", src: "+++\nplatform = [\"yt\", \"wa\"]\nmedia = \"carousel-geser\"\nlang = \"inggris\"\n+++\nBody",
			media: "carousel", lang: "en", platforms: "youtube,whatsapp"},
		{name: "an alias and its name are one platform", src: "---\nplatform: [x, twitter]\nmedia: cerita\nlang: ind\n---\nIsi",
			media: "story", lang: "id", platforms: "x"},
		{name: "canonical names still work", src: "---\nplatform: instagram\nmedia: video\nlang: auto\n---\nIsi",
			media: "video", lang: "auto", platforms: "instagram"},
		{name: "misspelt alias", src: "---\nmedia: fotto\n---\nIsi",
			problem: `unknown media "fotto"`, sugg: `did you mean "foto"?`},
		{name: "misspelt language", src: "---\nlang: indonsia\n---\nIsi",
			problem: `unknown lang "indonsia"`, sugg: `did you mean "indonesia"?`},
		{name: "nothing close", src: "---\nlang: bahasa jawa\n---\nIsi",
			problem: `unknown lang "bahasa jawa"`, sugg: "use one of: id, en, auto"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := Parse("a.md", FormatMarkdown, []byte(tt.src), Options{})[0]
			if tt.problem != "" {
				if len(p.Problems) != 1 || p.Problems[0].Message.EN != tt.problem || p.Problems[0].Suggestion.EN != tt.sugg {
					t.Fatalf("problems = %+v, want %q with %q", p.Problems, tt.problem, tt.sugg)
				}
				return
			}
			if len(p.Problems) != 0 {
				t.Fatalf("problems = %+v", p.Problems)
			}
			if string(p.Meta.Media) != tt.media || p.Meta.Lang != tt.lang || strings.Join(p.Meta.Platforms, ",") != tt.platforms {
				t.Errorf("meta = media %q lang %q platforms %v, want %q %q %s", p.Meta.Media, p.Meta.Lang, p.Meta.Platforms, tt.media, tt.lang, tt.platforms)
			}
		})
	}
}

// TestCalendarAliases: calendar columns read the same table, and a
// platform alias with a space stays one platform.
func TestCalendarAliases(t *testing.T) {
	src := "platform,media,lang,caption\n" +
		"\"tik tok, fb\",foto,bahasa indonesia,Vaksin gratis di puskesmas.\n" +
		"ig twitter,reels,english,Free vaccines at the clinic.\n" +
		"tik tok ig,geser,ind,Pasar murah di alun-alun.\n" +
		"instagram,fotto,id,Pasar murah.\n"
	posts := Parse("k.csv", FormatCSV, []byte(src), Options{})
	if len(posts) != 4 {
		t.Fatalf("%d posts", len(posts))
	}
	want := []struct{ platforms, media, lang string }{
		{"tiktok,facebook", "image", "id"},
		{"instagram,x", "reel", "en"},
		// "tik tok ig" is not one alias, so it splits on spaces: "tik"
		// and "tok" are unknown.
		{"instagram", "carousel", "id"},
	}
	for i, w := range want {
		m := posts[i].Meta
		if strings.Join(m.Platforms, ",") != w.platforms || string(m.Media) != w.media || m.Lang != w.lang {
			t.Errorf("row %d: %v %q %q, want %s %s %s (problems %+v)", i+1, m.Platforms, m.Media, m.Lang, w.platforms, w.media, w.lang, posts[i].Problems)
		}
	}
	if n := len(posts[2].Problems); n != 2 {
		t.Errorf("row 3: %d problems, want 2 (tik, tok): %+v", n, posts[2].Problems)
	}
	if pr := posts[3].Problems; len(pr) != 1 || pr[0].Suggestion.EN != `did you mean "foto"?` {
		t.Errorf("row 4: %+v", pr)
	}
}
