package prose

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/corpus"
	"github.com/postlint/postlint/internal/strindex"
)

// addReference is langDetector.add as it was before an ASCII word was
// folded, hashed and its capitals counted in one pass
// (foldStopwordKeyASCII): the oracle of TestLangAddSameAsReference.
func (d *langDetector) addReference(tok Token) {
	var buf [24]byte
	n := tok.End - tok.Start
	if tok.Kind != Word || n > len(buf) || n <= 0 {
		return
	}
	w := d.text[tok.Start:tok.End]
	if !d.shapes.mayHoldFolded(shapeByte(w[0]), shapeByte(w[n-1]), n) {
		return
	}
	key := buf[:n]
	k := 0
	for j := 0; j < n; j++ {
		c := w[j]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 0x80:
			if j+2 < n && w[j:j+3] == "\u2019" {
				c = '\''
				j += 2
			} else {
				return
			}
		}
		key[k] = c
		k++
	}
	key = key[:k]
	if !d.shapes.mayHold(key) || entityGlued(d.text, tok) {
		return
	}
	if IsUpperWord(w) && !d.capsLock() {
		return
	}
	if h := strindex.Hash(key); d.sw.id.FindHashed(key, h) >= 0 {
		d.idHits++
	} else if d.sw.en.FindHashed(key, h) >= 0 {
		d.enHits++
	}
}

// checkLangAdd fails t when a detector fed text's tokens by add differs,
// token after token, from one fed them by addReference: in its counts and
// in whether it has counted the text's capitals.
func checkLangAdd(t *testing.T, text string) {
	t.Helper()
	got, want := newLangDetector(text), newLangDetector(text)
	for i, tok := range Tokens(text) {
		got.add(tok)
		want.addReference(tok)
		if got.idHits != want.idHits || got.enHits != want.enHits || got.caps != want.caps {
			t.Fatalf("%q, token %d %q: id %d en %d caps %d, reference id %d en %d caps %d", text, i, text[tok.Start:tok.End],
				got.idHits, got.enHits, got.caps, want.idHits, want.enHits, want.caps)
		}
	}
}

func TestLangAddSameAsReference(t *testing.T) {
	pieces := []string{
		"yang", "dan", "di", "the", "and", "of", "YANG", "THE", "Dan", "The", "tHe", "it’s", "IT’S", "IT'S", "it's", "BPBD", "WHO",
		"banjir", "Jakarta", "flood", "warga", "SIAGA", "x.id/the", "#dan", "@the", "é", "É", "2025", "A", "I", "’", "ITU",
		"itu", "Ke", "KE", " ", " ", ". ", ", ", "\n", "-",
	}
	rng := rand.New(rand.NewPCG(21, 22))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(3) > 0 {
				b.WriteString(" ")
			}
		}
		checkLangAdd(t, b.String())
	}
	r := rand.New(rand.NewPCG(5, 6))
	for i := range 300 {
		_, content := corpus.Post(r, i)
		checkLangAdd(t, content)
		checkLangAdd(t, strings.ToUpper(content))
	}
}

func FuzzLangAddSameAsReference(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("YANG DAN THE AND WARGA BANJIR it’s IT’S")
	f.Add("it’s THE x.id/the #dan @the É ITU itu")
	f.Fuzz(checkLangAdd)
}
