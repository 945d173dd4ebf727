package rules

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// baitRes are the expressions the bait scanners implement: the oracle of
// the tests below.
var baitRes = map[baitPattern]*regexp.Regexp{
	baitAnswer:       regexp.MustCompile(`(?i)^(?:ketik|tulis|komen(?:tar)?|comment|type|reply)\s+(["'“‘]?)([\p{L}\p{N}]{1,10}|[\p{So}\x{FE0F}\x{200D}\x{1F3FB}-\x{1F3FF}]{1,8})(["'”’]?)\s+(?:(jika|kalau|kalo|klo|if)|below|di ?bawah|agar|supaya|biar|so)\b`),
	baitTag:          regexp.MustCompile(`(?i)^(?:tag|tandai|mention)\s+(?:(?:\d+|satu|dua|tiga|a|one|two|three|your|some)\s+)?(?:teman(?:-teman)?(?:mu|nya)?|sahabat(?:mu|nya)?|kawan(?:mu)?|friends?|bestie)\b`),
	baitShareCount:   regexp.MustCompile(`(?i)^(?:bagikan|share|send|kirim(?:kan)?)\s+(?:(?:ini|this|this post)\s+)?(?:ke|kepada|with|to)\s+\d+`),
	baitShareFriends: regexp.MustCompile(`(?i)^(?:bagikan|share|sebarkan)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:ke|kepada|dengan|pada|with|to)\s+(?:(?:[\p{L}\p{N}'’-]+|&)[\s,]+){0,4}?(?:teman|kawan|sahabat|friends?|bestie)(?:-teman|-kawan|-sahabat)?(?:mu|nya|ku|kalian)?\b`),
	baitSendFriends:  regexp.MustCompile(`(?i)^(?:kirim(?:kan)?|send|forward)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}?(?:ini|this|it)\s+(?:ke|kepada|with|to)\s+(?:(?:[\p{L}\p{N}'’-]+|&)[\s,]+){0,4}?(?:teman|kawan|sahabat|friends?|bestie)(?:-teman|-kawan|-sahabat)?(?:mu|nya|ku|kalian)?\b`),
}

// baitLikeIfRe is the expression matchBaitLikeIf implements.
var baitLikeIfRe = regexp.MustCompile(`(?i)^(?:like|share|love)\s+(?:(?:this|this post|it)\s+)?if\b`)

// baitScanners are the scanners by pattern, the answer's with its parts
// in the expression's submatch form.
var baitScanners = map[baitPattern]func(string) []int{
	baitAnswer: func(s string) []int {
		m, ok := matchBaitAnswer(s)
		if !ok {
			return nil
		}
		// The expression's groups but the answer: the quotes and the
		// condition, compared by whether they are empty. The answer is
		// compared by its text (checkBaitScanners).
		return []int{0, m.end, boolInt(m.openQ), boolInt(m.closeQ), boolInt(m.afterCondition)}
	},
	baitTag:          endOnly(matchBaitTag),
	baitShareCount:   endOnly(matchBaitShareCount),
	baitShareFriends: endOnly(matchBaitShareFriends),
	baitSendFriends:  endOnly(matchBaitSendFriends),
}

func endOnly(match func(string) int) func(string) []int {
	return func(s string) []int {
		if e := match(s); e >= 0 {
			return []int{0, e}
		}
		return nil
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// baitExpected is what baitScanners should return for the expression's
// match m.
func baitExpected(p baitPattern, m []int) []int {
	if m == nil {
		return nil
	}
	if p != baitAnswer {
		return m[:2]
	}
	return []int{m[0], m[1], boolInt(m[3] > m[2]), boolInt(m[7] > m[6]), boolInt(m[9] > m[8])}
}

// checkBaitScanners fails t unless every scanner finds in s what its
// expression finds.
func checkBaitScanners(t *testing.T, s string) {
	t.Helper()
	for p, re := range baitRes {
		m := re.FindStringSubmatchIndex(s)
		want := baitExpected(p, m)
		if got := baitScanners[p](s); !slices.Equal(got, want) {
			t.Fatalf("%q, pattern %d: the scanner %v, the expression %v", s, p, got, want)
		}
		if p == baitAnswer && m != nil {
			if got, _ := matchBaitAnswer(s); got.answer != s[m[4]:m[5]] {
				t.Fatalf("%q: the scanner's answer %q, the expression's %q", s, got.answer, s[m[4]:m[5]])
			}
		}
	}
	want := -1
	if m := baitLikeIfRe.FindStringIndex(s); m != nil {
		want = m[1]
	}
	if got := matchBaitLikeIf(s); got != want {
		t.Fatalf("%q: matchBaitLikeIf %d, the expression %d", s, got, want)
	}
}

// baitVerbs start most of the random texts: every first word of the
// expressions, in any case and with the letters that fold outside ASCII.
var baitVerbs = []string{"ketik", "Tulis", "komen", "KOMENTAR", "comment", "type", "reply", "tag", "TANDAI", "mention",
	"bagikan", "Share", "send", "kirim", "Kirimkan", "sebarkan", "forward", "like", "love", "\u212aetik", "\u017fhare",
	"li\u212ae", "\u017fend", "komenta", "ketikan"}

// baitPieces follow them: every word of the expressions, cut short or run
// on, and what sits at their edges: white space (\v is not RE2's \s),
// quotes, digits, emoji, letters outside ASCII, U+0345 (a letter under
// (?i)), apostrophes, hyphens, ampersands, commas, underscores and bytes
// that are not UTF-8.
var baitPieces = []string{" ", "  ", "\t", "\n", "\v", "\r\n", "\u00a0", ",", ", ", "&", "-", "'", "’", "\"", "“", "”", "‘", "_",
	"ini", "this", "this post", "it", "post", "ke", "kepada", "dengan", "pada", "with", "to", "teman", "-teman", "kawan",
	"\u212aawan", "sahabat", "\u017fahabat", "friend", "friends", "friend\u017f", "bestie", "be\u017ftie", "-kawan", "-sahabat",
	"mu", "nya", "ku", "kalian", "x", "jika", "kalau", "kalo", "klo", "if", "IF", "below", "di bawah", "dibawah", "di", "bawah",
	"agar", "supaya", "biar", "so", "\u017fo", "AMIN", "ya", "done", "1", "10", "123", "🔥", "👇🏽", "❤️", "\u200d", "\ufe0f",
	"satu", "dua", "tiga", "a", "one", "two", "three", "your", "some", "family", "and", "é", "日本", "\u0345", "Ⓐ",
	"abcdefghij", "abcdefghijk", "\xff", "\xe2\x80", "the", "you", "keluarga", "temanmu", "kawan-teman"}

// baitSpaces and baitFriends fill the slots of baitShapes.
var (
	baitSpaces  = []string{" ", " ", "  ", "\t", "", "\v", "\n"}
	baitFriends = []string{"teman", "Teman-temanmu", "kawan-sahabatkalian", "\u212aawanku", "sahabatnya", "\u017fahabat-kawan",
		"friends", "FRIEND", "friend\u017f", "bestie", "bestiex", "teman_", "temanmux", "teman-", "temanmu-teman", "family"}
	baitFewWords = []string{"", "this ", "video ini ", "a b ", "a b c ", "a b c d ", "a b c d e ", "it's ", "ke ", "to ", "\u0345 ",
		"with ", "é ", "this\t"}
	baitFewItems = []string{"", "your ", "your family and ", "a, b, c, ", "a b c d ", "a b c d e ", "& ", "&", "kamu & ",
		"keluarga,", "with to ", "-, ", "dan\t"}
)

// baitShapes build texts close to each pattern, one slot after another,
// each filled with one of its choices: the texts come near to matching,
// and often do.
var baitShapes = [][][]string{
	{baitVerbs[:7], baitSpaces, {"", "\"", "'", "“", "‘", "”"}, {"AMIN", "ya", "abcdefghij", "abcdefghijk", "🔥", "👇🏽👇🏽", "❤️",
		"🔥🔥🔥🔥🔥🔥🔥🔥🔥", "\u0345", "12", "Ⓐ"}, {"", "\"", "'", "”", "’", "“"}, baitSpaces,
		{"jika", "KALAU", "kalo", "klo", "if", "below", "di bawah", "dibawah", "di  bawah", "agar", "supaya", "biar", "so", "\u017fo",
			"iffy", "so_"}, {"", " x", "x", "_"}},
	{{"tag", "Tandai", "mention", "ta\u212a"}, baitSpaces, {"", "3 ", "10\t", "satu ", "a ", "your ", "some ", "two  ", "12"},
		baitFriends, {"", " x", "x", "-", "_"}},
	{{"bagikan", "Share", "send", "kirim", "kirimkan", "\u017fend"}, baitSpaces, {"", "ini ", "this ", "this post ", "this  post ",
		"this\tpost\t", "post "}, {"ke", "kepada", "with", "to", "\u212ae", "dengan"}, baitSpaces, {"1", "10", "123", "x", ""}},
	{{"bagikan", "Share", "sebarkan", "\u017fhare"}, baitSpaces, baitFewWords, {"ke", "kepada", "dengan", "pada", "with", "to", "at"},
		baitSpaces, baitFewItems, baitFriends, {"", " x", "x", "-"}},
	{{"kirim", "Kirimkan", "send", "forward"}, baitSpaces, baitFewWords, {"ini", "this", "it", "\u017fini"}, baitSpaces,
		{"ke", "kepada", "with", "to"}, baitSpaces, baitFewItems, baitFriends, {"", " x", "x", "-"}},
	{{"like", "Share", "love", "li\u212ae"}, baitSpaces, {"", "this ", "this post ", "this posts ", "it  ", "it"}, {"if", "IF", "iff", "if_"}},
}

func randomBaitText(r *rand.Rand) string {
	if r.IntN(2) == 0 {
		return shapedText(r, baitShapes)
	}
	var b strings.Builder
	if r.IntN(10) > 0 {
		b.WriteString(baitVerbs[r.IntN(len(baitVerbs))])
		b.WriteString([]string{" ", " ", "  ", "\t", ""}[r.IntN(5)])
	}
	for range r.IntN(12) {
		b.WriteString(baitPieces[r.IntN(len(baitPieces))])
		if r.IntN(2) == 0 {
			b.WriteString(" ")
		}
	}
	return b.String()
}

func TestBaitScannersSameAsRegexp(t *testing.T) {
	for _, s := range []string{"", "Tag 3 teman yang", "tag teman-temanx", "tag teman-teman_", "Tag friendſ", "Tag friendſa",
		"Ketik AMIN jika setuju", "komen \"ya\" kalau", "Comment 🔥 if you", "comment DONE below", "ketik \"AMIN\" agar",
		"tulis abcdefghijk jika", "tulis abcdefghij jika", "comment ❤️❤️❤️❤️❤️❤️❤️❤️❤️ if", "comment 👇🏽 so", "type yes soon",
		"Bagikan ke 10 grup", "share this post to 5", "share this  post with 12x", "kirimkan ini kepada 3", "send this\tto 7",
		"share this with your family and friends", "Bagikan ke teman-temanmu", "Sebarkan info ini kepada sahabat",
		"share a b c d with e f g h friends", "share a b c d e with friends", "share with a, b, c, d, friends", "share with a b c d e friends",
		"share to & friends", "share to &friends", "share ke to ke teman", "bagikan dengan pada kawan-sahabatkalian",
		"Send this to your friends", "Kirim video ini ke teman", "kirim a b ini ke teman", "kirim a b c ini ke teman",
		"forward it to your be\u017ftie", "send it with friend\u017f", "Like if you agree", "share this if", "love it  if", "like this post if",
		"like this posts if", "li\u212ae if", "like ifx", "like if_", "Like jika", "like\u0345 if", "share \u0345 with friends",
		"tulis \u0345\u0345 jika", "comment ⒶⒷ if", "comment ⓐ if", "tag\vteman", "tag\xffteman", "ketik ya\xff jika",
		// The edges of the counts: ten letters, eight emoji, four and
		// two words or items before the friends; a letter outside ASCII
		// or an invalid byte (a symbol to RE2) just past ten.
		"ketik abcdefghi\u0345 jika", "ketik abcdefghij\u0345 jika", "ketik abcdefghijé jika", "ketik abcdefghij\xff jika",
		"comment 🔥🔥🔥🔥🔥🔥🔥🔥 if", "comment 🔥🔥🔥🔥🔥🔥🔥\u200d if", "comment \"🔥🔥🔥🔥🔥🔥🔥🔥🔥\" so", "ketik \xff\xff jika",
		"ketik \xef\xbf\xbd jika", "share to a, b, c, d, e, friends", "share to a,b,c,d,friends", "share to a&friends",
		"send a b it to friends", "send a b c it to friends", "tag 00000000000 friends",
		// Input that ends within a pattern, and folds outside ASCII.
		"ketik", "ketik ", "ketik AMIN", "ketik AMIN ", "ketik AMIN ji", "ketik AMIN di ", "tag", "tag  ", "tag teman-",
		"share to", "share to ", "share this post to ", "send it to", "like", "like ", "like this", "\u212aetik AMIN ſo",
		"KETIK amin JIKA", "ketik AMIN \u212alo"} {
		checkBaitScanners(t, s)
	}
	r := rand.New(rand.NewPCG(51, 52))
	for range 200000 {
		checkBaitScanners(t, randomBaitText(r))
	}
}

func FuzzBaitScanners(f *testing.F) {
	r := rand.New(rand.NewPCG(53, 54))
	for range 50 {
		f.Add(randomBaitText(r))
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkBaitScanners(t, s)
	})
}

// The scanners' character classes are the expressions' under (?i), on
// every rune: case folding adds U+0345 to the letters.
func TestBaitClassesSameAsRegexp(t *testing.T) {
	classes := []struct {
		re *regexp.Regexp
		is func(rune) bool
	}{
		{regexp.MustCompile(`(?i)^[\p{L}\p{N}]$`), isAnswerWordRune},
		{regexp.MustCompile(`(?i)^[\p{L}\p{N}'’-]$`), isBaitWordRune},
		{regexp.MustCompile(`(?i)^[\p{So}\x{FE0F}\x{200D}\x{1F3FB}-\x{1F3FF}]$`), isAnswerEmojiRune},
		{regexp.MustCompile(`(?i)^["'“‘]$`), func(r rune) bool { return strings.ContainsRune(`"'“‘`, r) }},
		{regexp.MustCompile(`(?i)^["'”’]$`), func(r rune) bool { return strings.ContainsRune(`"'”’`, r) }},
	}
	for _, c := range classes {
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if utf8.ValidRune(r) && c.re.MatchString(string(r)) != c.is(r) {
				t.Errorf("%s: %U: the scanner says %v", c.re, r, c.is(r))
			}
		}
	}
}

// foldedAt takes for an ASCII letter every rune (?i) folds with it, and
// no other: the case folds outside ASCII too, and nothing more.
func TestFoldedAtKnowsTheFolds(t *testing.T) {
	for c := 'a'; c <= 'z'; c++ {
		folds := []rune{c}
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			folds = append(folds, f)
		}
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if !utf8.ValidRune(r) {
				continue
			}
			want := -1
			if slices.Contains(folds, r) {
				want = utf8.RuneLen(r)
			}
			if got := foldedAt(string(r), 0, string(c)); got != want {
				t.Errorf("foldedAt(%q, %q) = %d, want %d", string(r), string(c), got, want)
			}
		}
	}
}
