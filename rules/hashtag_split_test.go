package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// splitReference is split as it was before the parts were kept in
// scratch space and the CamelCase form written only for two or more words:
// the oracle of TestTagSplitSameAsReference. It cuts the hashtag body into runs of letters (digits and underscores
// already separate words) and each run into words.
func (t *tagWords) splitReference(body string) tagSplit {
	var sp tagSplit
	var camel strings.Builder
	for i := 0; i < len(body); {
		r, n := utf8.DecodeRuneInString(body[i:])
		if !unicode.IsLetter(r) {
			camel.WriteString(body[i : i+n])
			i += n
			continue
		}
		j := i
		for j < len(body) {
			r2, n2 := utf8.DecodeRuneInString(body[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += n2
		}
		run := body[i:j]
		i = j
		pieces, ambiguous, ok := t.splitRunReference(strings.ToLower(run))
		sp.ambiguous = sp.ambiguous || ambiguous
		if !ok {
			sp.unknown = true
			camel.WriteString(run)
			continue
		}
		sp.words += len(pieces)
		if len(pieces) > 1 {
			sp.multi = true
		}
		for _, pc := range pieces {
			if t.kind(pc)&tagAcronym != 0 {
				camel.WriteString(strings.ToUpper(pc))
			} else {
				camel.WriteString(capitalise(pc))
			}
		}
	}
	sp.camel = camel.String()
	return sp
}

// splitRunReference is splitRun returning a new slice. It splits a lower-case run of letters into the fewest words, and
// among those the fewest stopwords and affixed forms. A run that is itself
// a word is one piece. A split counts only when one of its words is a
// listed word of four letters or more that is not an acronym, so function
// words alone do not cut up a name (#soto is not "so" + "to") and all-
// acronym hashtags (#HUTRI) are left alone. ambiguous is set when another
// split costs as little as the one returned.
func (t *tagWords) splitRunReference(run string) (pieces []string, ambiguous, ok bool) {
	if t.kind(run) != 0 || t.form(run, true) {
		return []string{run}, false, true
	}
	n := utf8.RuneCountInString(run)
	if n > maxTagRun || n < 6 {
		return nil, false, false
	}
	// A run is at most maxTagRun letters: the tables live on the stack.
	var offs, best, back [maxTagRun + 1]int
	var ways [maxTagRun + 1]uint8 // best splits of run[:i], counted up to 2
	k := 0
	for i := range run {
		offs[k] = i
		k++
	}
	offs[n] = len(run)
	ways[0] = 1
	for i := 1; i <= n; i++ {
		best[i] = -1
		for j := max(0, i-maxTagPiece); j <= i-2; j++ {
			if best[j] < 0 {
				continue
			}
			c := t.pieceCost(run[offs[j]:offs[i]])
			if c < 0 {
				continue
			}
			switch total := best[j] + tagCostWord + c; {
			case best[i] < 0 || total < best[i]:
				best[i], back[i], ways[i] = total, j, ways[j]
			case total == best[i]:
				ways[i] = min(2, ways[i]+ways[j])
			}
		}
	}
	if best[n] < 0 {
		return nil, false, false
	}
	strong := false
	for i := n; i > 0; i = back[i] {
		pc := run[offs[back[i]]:offs[i]]
		pieces = append(pieces, pc)
		if utf8.RuneCountInString(pc) >= 4 && (t.content(pc) || t.kind(pc) == 0) {
			strong = true
		}
	}
	if !strong {
		return nil, false, false
	}
	for l, r := 0, len(pieces)-1; l < r; l, r = l+1, r-1 {
		pieces[l], pieces[r] = pieces[r], pieces[l]
	}
	return pieces, ways[n] > 1, true
}

// TestTagSplitSameAsReference compares split with splitReference on
// random hashtag bodies made of listed words, affixes, letters, digits and
// underscores, in lower case, in capitals and mixed, one after another
// with the same tagWords, as HashtagCase.Check calls it.
func TestTagSplitSameAsReference(t *testing.T) {
	lex, err := NewLexicon(Extra{"id": {"hashtag-words": {"bromo", "tengger", "semeru", "TNBTS"}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, words := range []tagWords{newTagWords(nil), newTagWords(lex)} {
		pieces := []string{"a", "e", "i", "o", "u", "k", "é", "ı", "ß", "x", "kan", "an", "nya", "ing", "ber", "me", "meng", "di", "ke", "se", "ly", "ers", "umkm", "hut", "ri", "bromo", "tnbts", "_", "2", "45"}
		for i, w := range words.builtin.keys {
			if i%25 == 0 {
				pieces = append(pieces, w)
			}
		}
		rng := rand.New(rand.NewPCG(7, 8))
		var multi, ambiguous, unknown int
		var parts []tagPart
		check := func(body string) {
			t.Helper()
			want := words.splitReference(body)
			multi, ambiguous, unknown = multi+boolInt(want.multi), ambiguous+boolInt(want.ambiguous), unknown+boolInt(want.unknown)
			if !want.multi {
				want.camel = "" // written only for two or more words
			}
			var got tagSplit
			if got, parts = words.split(body, parts[:0]); got != want {
				t.Fatalf("split(%q) = %+v, want %+v", body, got, want)
			}
		}
		for _, body := range []string{"", "_", "2024", "indonesiamaju", "INDONESIAMAJU", "soto", "hutri", "HUTRI", "supportlocalbusiness", "salemart", "umkm_naikkelas", "bromotenggersemeru", strings.Repeat("maju", 20)} {
			check(body)
		}
		for range 20000 {
			var b strings.Builder
			for range 1 + rng.IntN(6) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			body := b.String()
			switch rng.IntN(4) {
			case 0:
				body = strings.ToUpper(body)
			case 1:
				if r, n := utf8.DecodeRuneInString(body); n > 0 {
					body = string(unicode.ToUpper(r)) + body[n:]
				}
			}
			check(body)
		}
		if multi == 0 || ambiguous == 0 || unknown == 0 {
			t.Fatalf("the bodies miss a case: %d split, %d ambiguous, %d unknown", multi, ambiguous, unknown)
		}
	}
}

// TestTagEndsHoldsEveryWord checks that the filter in front of the
// built-in words rules out no word, and that kind gives what the maps
// alone give on every piece of random runs made of listed words and
// affixes; the filter should rule out most of the pieces that are no word.
func TestTagEndsHoldsEveryWord(t *testing.T) {
	b := builtinTagWords()
	kinds := builtinTagKinds()
	for w := range kinds {
		if !b.ends.mayHold(w) {
			t.Errorf("tagEnds rules out the listed word %q", w)
		}
	}
	lex, err := NewLexicon(Extra{"id": {"hashtag-words": {"bromo", "tengger", "semeru", "TNBTS"}}})
	if err != nil {
		t.Fatal(err)
	}
	words := newTagWords(lex)
	pieces := []string{"a", "i", "é", "ß", "kan", "an", "nya", "ing", "ber", "me", "di", "ke", "ly", "umkm", "bromo"}
	for i, w := range b.keys {
		if i%25 == 0 {
			pieces = append(pieces, w)
		}
	}
	rng := rand.New(rand.NewPCG(9, 10))
	var nonWords, passed int
	for range 2000 {
		var sb strings.Builder
		for sb.Len() < 30 {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		run := sb.String()
		for a := range len(run) {
			for e := a; e <= min(len(run), a+maxTagPiece); e++ {
				pc := run[a:e]
				want := kinds[pc] | words.extra[pc]
				if got := words.kind(pc); got != want {
					t.Fatalf("kind(%q) = %d, want %d", pc, got, want)
				}
				if want == 0 {
					nonWords++
					passed += boolInt(b.ends.mayHold(pc))
				}
			}
		}
	}
	if passed*5 > nonWords {
		t.Errorf("tagEnds passes %d of %d pieces that are no word", passed, nonWords)
	}
}
