package twittertext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"",
	"Hi http://test.co",
	"Harga Rp10.000 di setneg.go.id/berita #HUTRI80 @user/list $BBCA",
	"👨‍👩‍👧‍👦🇮🇩1⃣#️⃣©️©❤︎🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F",
	"\uFEFF\uFB2C\uFB2C",
	"http://xn--ls8h.XN--ls8h.la/ http://ああ.com t.co/abcde",
	"これは日本語です。example.com/path/index.html中国語",
	"##foo #a#b #123 ＃ｈａｓｈ @@x RT:@y f!@z",
	"http://example.com/path.......(a(b)c)?q=1&x=",
	"\xff\xfe.com a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.com",
	"$ab.cd $abcdefg $x_y. text$NO",
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, cfg := range []Config{V1(), V2(), V3()} {
			r := Parse(text, cfg)
			if r.WeightedLength < 0 {
				t.Fatalf("v%d: negative weighted length %d", cfg.Version, r.WeightedLength)
			}
			if text == "" {
				if r != (ParseResult{}) {
					t.Fatalf("v%d: empty text gives %+v", cfg.Version, r)
				}
				continue
			}
			if r.ValidRangeStart != 0 || r.DisplayRangeStart != 0 {
				t.Fatalf("v%d: ranges do not start at 0: %+v", cfg.Version, r)
			}
			if r.ValidRangeEnd < 0 || r.ValidRangeEnd > r.DisplayRangeEnd {
				t.Fatalf("v%d: valid range end %d outside [0, %d]", cfg.Version, r.ValidRangeEnd, r.DisplayRangeEnd)
			}
			if r.Valid && (r.WeightedLength == 0 || r.WeightedLength > cfg.MaxWeightedTweetLength) {
				t.Fatalf("v%d: valid with length %d", cfg.Version, r.WeightedLength)
			}
		}
	})
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		boundary := make(map[int]bool, len(text)+1)
		for i := range text {
			boundary[i] = true
		}
		boundary[len(text)] = true

		check := func(kind string, es []Entity, sign bool) {
			t.Helper()
			prevEnd := 0
			for _, e := range es {
				if e.Start < prevEnd || e.End <= e.Start || e.End > len(text) {
					t.Fatalf("%s: entity [%d,%d) %q out of order, empty or out of bounds (previous end %d)", kind, e.Start, e.End, e.Text, prevEnd)
				}
				if !boundary[e.Start] || !boundary[e.End] {
					t.Fatalf("%s: entity [%d,%d) not on rune boundaries", kind, e.Start, e.End)
				}
				span := text[e.Start:e.End]
				if sign {
					_, n := utf8.DecodeRuneInString(span)
					span = span[n:]
				}
				if kind != "url" && span != e.Text {
					t.Fatalf("%s: text %q does not match span %q", kind, e.Text, span)
				}
				if kind == "url" && !strings.HasPrefix(span, e.Text[:1]) {
					t.Fatalf("url: text %q does not start the span %q", e.Text, span)
				}
				prevEnd = e.End
			}
		}
		check("url", ExtractURLs(text), false)
		check("hashtag", ExtractHashtags(text), true)
		check("mention", ExtractMentions(text), true)
		check("cashtag", ExtractCashtags(text), true)
		check("emoji", FindEmoji(text), false)
		var lists []Entity
		for _, m := range ExtractMentionsOrLists(text) {
			if m.ListSlug != "" && !strings.HasSuffix(text[m.Start:m.End], m.ListSlug) {
				t.Fatalf("list slug %q not at the end of %q", m.ListSlug, text[m.Start:m.End])
			}
			m.End -= len(m.ListSlug) // Text is the username only
			lists = append(lists, m.Entity)
		}
		check("mention or list", lists, true)
		if u, ok := ExtractReply(text); ok && (u == "" || !strings.Contains(text, u)) {
			t.Fatalf("reply %q not in text", u)
		}
	})
}
