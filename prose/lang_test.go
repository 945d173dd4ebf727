package prose

import (
	"strings"
	"testing"
)

func TestDetectLang(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   string
		wantOK bool
	}{
		{"indonesian caption", "Yuk datang ke Pameran UMKM di Balai Kota! Ada produk lokal dan diskon untuk kamu yang membawa KTP.", "id", true},
		{"indonesian government", "Pemerintah Kabupaten Bogor melalui Dinas Kesehatan mengadakan vaksinasi gratis pada hari Sabtu. Jangan lupa bawa kartu keluarga.", "id", true},
		{"english caption", "Join us at the city hall this Saturday! There will be free health checks for all residents.", "en", true},
		{"english short", "Can't wait!", "en", true},
		{"abstain without function words", "Otw kantor", "", false},
		{"abstain on hashtags only", "#HUTRI80 #IndonesiaMaju", "", false},
		{"empty", "", "", false},
		{"indonesian with english loanwords", "Yuk join webinar digital marketing bersama kami! Link pendaftaran ada di bio, free untuk semua UMKM.", "id", true},
		{"indonesian with an english phrase", "Kami senang sekali karena acara ini sukses. Thank you for coming, semua yang sudah hadir!", "id", true},
		{"tie abstains", "Ayo the", "", false},
		{"two against two abstains", "Ini the best dan it great", "", false},
		{"ratio 1.5 wins", "Ini dan itu the best it", "id", true},
		{"ratio under 1.5 abstains", "ini dan itu yang the it is", "", false},
		{"one hit against none wins", "Otw kantor dulu dong", "id", true},
		{"two to one wins", "Ayo to the", "en", true},
		{"acronyms are not english", "Presiden AS dan menteri IT hadir di sini.", "id", true},
		{"caps lock still counts", "AWAS HOAKS!! JANGAN SEBARKAN INFO INI KE GRUP LAIN", "id", true},
		{"url words are skipped", "https://example.com/the/and/of/to", "", false},
		{"curly apostrophe", "We’re open, don’t miss it", "en", true},
		{"chat spellings", "gak jadi, udah tutup yg di sana", "id", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := DetectLang(tt.text)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("DetectLang(%q) = %q, %v; want %q, %v", tt.text, got, ok, tt.want, tt.wantOK)
			}
			// The analysis detects the language on the tokens it
			// already has: the answer must not change.
			for _, toks := range [][]Token{Tokens(tt.text), Words(tt.text)} {
				if got, ok := DetectLangTokens(tt.text, toks); got != tt.want || ok != tt.wantOK {
					t.Errorf("DetectLangTokens(%q) = %q, %v; want %q, %v", tt.text, got, ok, tt.want, tt.wantOK)
				}
			}
		})
	}
}

func TestStopwordListsDisjoint(t *testing.T) {
	id, en := parseStopwords(stopwordsIDData), parseStopwords(stopwordsENData)
	if len(id) < 50 || len(en) < 50 {
		t.Fatalf("stopword lists too short: id %d, en %d", len(id), len(en))
	}
	for w := range id {
		if en[w] {
			t.Errorf("%q is in both stopword lists", w)
		}
	}
	for _, m := range []map[string]bool{id, en} {
		for w := range m {
			if w != strings.ToLower(w) || strings.ContainsAny(w, " \t’") {
				t.Errorf("stopword %q must be lower case, one word, straight apostrophes", w)
			}
		}
	}
}

func TestDataFilesHaveHeader(t *testing.T) {
	for name, data := range map[string]string{
		"abbreviations.txt": abbreviationsData,
		"stopwords-id.txt":  stopwordsIDData,
		"stopwords-en.txt":  stopwordsENData,
	} {
		if !strings.HasPrefix(data, "# ") || !strings.Contains(data, "Written for the postlint project") {
			t.Errorf("%s must start with a comment header saying it was written for this project", name)
		}
	}
}

func TestAbbreviationsParsed(t *testing.T) {
	a := abbreviations()
	for abbr, want := range map[string]abbrClass{
		"Dr.": abbrTitle, "S.Sos.": abbrTitle, "Wb.": abbrTitle, "dll.": abbrFinal, "etc.": abbrFinal, "p.m.": abbrFinal,
	} {
		if got, _ := a.exact.class(abbr); got != want {
			t.Errorf("abbreviation %q class = %d, want %d", abbr, got, want)
		}
	}
	if got, _ := a.upper.class("JL."); got != abbrTitle {
		t.Errorf("upper-case JL. class = %d, want title", got)
	}
	exact, _ := parseAbbreviations(abbreviationsData)
	for k := range exact {
		if !strings.HasSuffix(k, ".") {
			t.Errorf("abbreviation %q must end with a period", k)
		}
	}
}

func TestDetectLangAllocs(t *testing.T) {
	skipUnderRace(t)
	text := "Yuk datang ke Pameran UMKM di Balai Kota! Ada produk lokal dan diskon untuk kamu."
	DetectLang(text)
	if a := testing.AllocsPerRun(50, func() { DetectLang(text) }); a != 0 {
		t.Errorf("DetectLang allocates %.0f times per call, want 0", a)
	}
}
