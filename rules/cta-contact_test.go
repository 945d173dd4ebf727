package rules

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// phoneRe and emailRe are the expressions appendPhoneNumbers and
// appendEmailAddresses implement: the oracles of the tests below.
var (
	phoneRe = regexp.MustCompile(`(?:\+62|\(?\b0\d{1,4}\)?)[\s.-]?\d{2,5}(?:[\s.-]?\d{2,5}){0,3}\b|\b1\d{2}(?:[\s-]?\d{2,4})?\b`)
	emailRe = regexp.MustCompile(`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`)
)

// phonePieces build texts near the edges of the phone pattern: runs of
// digits of every length around the quantifiers' bounds, every separator
// and the spaces \s leaves out, parentheses, the country code cut short,
// and word characters that break \b.
var phonePieces = []string{"0", "1", "2", "8", "00", "12", "62", "081", "110", "0812", "12345", "123456",
	"0274", "1500", "19", "20", " ", "\t", "\n", "\v", "\f", "\r", "\u00a0", ".", "-", "--", "(", ")", "+",
	"+6", "+62", "+620", "a", "Z", "_", "é", "\xff", "/", ":", "@", "x1"}

// emailPieces do the same for the e-mail pattern: every character of the
// local part's class, dots where the domain needs labels, letters and
// digits outside ASCII, and bytes that are not UTF-8.
var emailPieces = []string{"a", "B", "9", "@", "@@", ".", "..", "_", "%", "+", "-", " ", "\t", "é", "ß", "٣",
	"Ⅻ", "²", "😀", "\u0301", "\xff", "\xc3", "\xa9", "com", "co.id", "go.id", "x@y.z", "info", ",", "(", ")"}

func regexpSpans(re *regexp.Regexp, text string) [][2]int {
	var spans [][2]int
	for _, m := range re.FindAllStringIndex(text, -1) {
		spans = append(spans, [2]int{m[0], m[1]})
	}
	return spans
}

func TestAppendPhoneNumbersSameAsRegexp(t *testing.T) {
	check := func(text string) {
		t.Helper()
		if got, want := appendPhoneNumbers(nil, text), regexpSpans(phoneRe, text); !slices.Equal(got, want) {
			t.Fatalf("%q: appendPhoneNumbers %v, the expression %v", text, got, want)
		}
	}
	for _, text := range []string{"", "110", "112.", "1500-123", "1500 1234", "1500.123", "1234567", "a110", "110a",
		"_110", "0811-6000-123", "0812 3300 4455", "+62 21 123456", "+6221123456", "+62-812-3300-4455", "(0274) 123456",
		"(0274)123456", "(0274 123456", "0274) 123456", "a(0274) 123456", "0812-3300-4455-6677-8899", "081233004455667788990",
		"08123300445566778899001", "0812-33-44", "0812-3", "0-12", "01-12", "012345-12", "0123456", "0 12", "0\v12",
		"0812\u00a0123", "WhatsApp 0811-6000-123.", "call 110 or 112", "2020-2021", "1999", "100 000", "0812..3300",
		"+62", "+62 1", "+62  12", "(0", "()", "0812-3300-4455x", "0812-3300-4455_", "0812-3300-4455é"} {
		check(text)
	}
	r := rand.New(rand.NewPCG(41, 42))
	for range 100000 {
		var b strings.Builder
		for range 1 + r.IntN(10) {
			b.WriteString(phonePieces[r.IntN(len(phonePieces))])
		}
		check(b.String())
	}
}

func TestAppendEmailAddressesSameAsRegexp(t *testing.T) {
	check := func(text string) {
		t.Helper()
		if got, want := appendEmailAddresses(nil, text), regexpSpans(emailRe, text); !slices.Equal(got, want) {
			t.Fatalf("%q: appendEmailAddresses %v, the expression %v", text, got, want)
		}
	}
	for _, text := range []string{"", "@", "a@b", "a@b.", "a@b.c", "a@.c", "@b.c", "a@b..c", "a@b.c.", "a@b.c.d@e.f",
		"a@b@c.d", "a@@b.c", "humas@jakarta.go.id", "Email: humas.pemkot@jakarta.go.id.", "é@ß.٣", "\xff@b.c",
		"a\xff@b.c", "x@b.c\xffd", "a@b-.-c", "a@-.-", "+%_.-@x.y", "ab@cd.ef gh@ij.kl", "ab@cd.efgh@ij.kl",
		"😀a@b.c", "a\u0301@b.c", "a@b\u0301.c", "Ⅻ²@x.y", "a@b.c@d.e"} {
		check(text)
	}
	r := rand.New(rand.NewPCG(43, 44))
	for range 100000 {
		var b strings.Builder
		for range 1 + r.IntN(10) {
			b.WriteString(emailPieces[r.IntN(len(emailPieces))])
		}
		check(b.String())
	}
}

func FuzzAppendPhoneNumbers(f *testing.F) {
	for _, p := range phonePieces {
		f.Add("Hubungi 0812-3300 " + p + "4455")
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := appendPhoneNumbers(nil, text), regexpSpans(phoneRe, text); !slices.Equal(got, want) {
			t.Fatalf("%q: appendPhoneNumbers %v, the expression %v", text, got, want)
		}
	})
}

func FuzzAppendEmailAddresses(f *testing.F) {
	for _, p := range emailPieces {
		f.Add("Email humas" + p + "@kota" + p + ".go.id")
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := appendEmailAddresses(nil, text), regexpSpans(emailRe, text); !slices.Equal(got, want) {
			t.Fatalf("%q: appendEmailAddresses %v, the expression %v", text, got, want)
		}
	})
}
