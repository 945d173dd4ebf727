package rules

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestPersonalData(t *testing.T) {
	runCases(t, func() Rule { return &PersonalData{Labels: true} }, []ruleCase{
		{name: "id bare 16 digits", src: "Selamat kepada pemenang undian, 3275012345670001!", want: []string{"warning 3275012345670001"}},
		{name: "id NIK label with grouped digits", src: "Penerima bantuan: Siti Aminah, NIK: 3275 0123 4567 0001.", want: []string{"warning NIK: 3275 0123 4567 0001"}},
		{name: "id dotted groups", src: "KTP hilang atas nama Budi, nomor 32.75.01.234567.0001, mohon hubungi kami.", want: []string{"warning 32.75.01.234567.0001"}},
		{name: "id No. KK label", src: "Dokumen ditemukan: No. KK 3275010101010009.", want: []string{"warning No. KK 3275010101010009"}},
		{name: "id partial NIK after a label", src: "Pemenang: NIK 327501234567.", want: []string{"warning NIK 327501234567"}},
		{name: "id NIK after a date", src: "Terdaftar 2024 3275.0123.4567.0001 di kelurahan.", want: []string{"warning 3275.0123.4567.0001"}},
		{name: "id phone number is not a NIK", src: "Hubungi call center 0812-3456-7890 untuk informasi.", want: nil},
		{name: "id two phone numbers are not a NIK", src: "Hubungi 0812-3456-7890 atau 0813-1111-2222.", want: nil},
		{name: "id rupiah amount is not a NIK", src: "Anggaran tahun ini Rp 1.234.567.890.123.456 untuk jalan desa.", want: nil},
		{name: "id thousands-grouped figure", src: "Total transaksi 1.234.567.890.123.456 sepanjang tahun.", want: nil},
		{name: "id NIK 16 digit as advice", src: "Pastikan NIK 16 digit Anda sudah terdaftar di Dukcapil.", want: nil},
		{name: "id placeholder digits", src: "Contoh pengisian NIK: 1234567890123456.", want: nil},
		{name: "id number in a link", src: "Lihat https://example.go.id/arsip/3275012345670001 untuk berkas.", want: nil},
		{name: "en card number", src: "Winner's ID number is 3275 0123 4567 0001, congratulations!", want: []string{"warning 3275 0123 4567 0001"}},
		{name: "en 17 digits is not an ID", src: "Order 32750123456700012 has shipped.", want: nil},
	})
	src := "Pemenang: NIK 327501234567."
	if fs := checkDraft(t, &PersonalData{Labels: false}, src); len(fs) != 0 {
		t.Errorf("labels = false should ignore a label with 12 digits: %v", describe(src, fs))
	}
}

func TestPersonalDataMasksTheNumber(t *testing.T) {
	src := "Penerima bantuan: Siti Aminah, NIK: 3275 0123 4567 0001."
	fs := checkDraft(t, &PersonalData{Labels: true}, src)
	if len(fs) != 1 {
		t.Fatalf("want one finding, got %v", describe(src, fs))
	}
	for _, msg := range []string{fs[0].Message.EN, fs[0].Message.ID} {
		if strings.Contains(msg, "3275") || strings.Contains(msg, "0123") || !strings.Contains(msg, "************0001") {
			t.Errorf("message should mask the number: %q", msg)
		}
	}
}

// appendDigitRunsRef is appendDigitRuns as it was written first, a closure
// tested at every byte; it is the oracle of TestAppendDigitRunsSameAsBefore.
// It appends to out the runs of ASCII digits joined by single
// spaces, dots or dashes: "3275012345670001", "3275 0123 4567 0001",
// "32.75.01.234567.0001".
func appendDigitRunsRef(out [][2]int, text string) [][2]int {
	isDigit := func(i int) bool { return i < len(text) && text[i] >= '0' && text[i] <= '9' }
	for i := 0; i < len(text); {
		if !isDigit(i) {
			i++
			continue
		}
		start, end := i, i+1
		for j := end; ; {
			switch {
			case isDigit(j):
				j++
				end = j
				continue
			case j < len(text) && (text[j] == ' ' || text[j] == '.' || text[j] == '-') && isDigit(j+1):
				j++
				continue
			}
			break
		}
		out = append(out, [2]int{start, end})
		i = end
	}
	return out
}

// TestAppendDigitRunsSameAsBefore compares appendDigitRuns with its first
// form on hand-picked and random texts made of digits, separators and
// letters, where runs start, join and break.
func TestAppendDigitRunsSameAsBefore(t *testing.T) {
	texts := []string{"", "1", "a", "12 34", "12  34", "1.2.3-4 5", "1 ", " 1", "1-", "x1.y", "3275 0123 4567 0001.", "Rp 1.234.567, NIK: 3275012345670001!"}
	r := rand.New(rand.NewPCG(7, 9))
	alphabet := []string{"0", "1", "9", " ", ".", "-", "a", "é", "\n", ","}
	for range 5000 {
		var b strings.Builder
		for range r.IntN(24) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		got, want := appendDigitRuns(nil, text), appendDigitRunsRef(nil, text)
		if !slices.Equal(got, want) {
			t.Fatalf("appendDigitRuns(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzAppendDigitRuns compares appendDigitRuns with its first form.
func FuzzAppendDigitRuns(f *testing.F) {
	for _, s := range []string{"3275 0123 4567 0001", "1.2-3 4", "a1b22 3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := appendDigitRuns(nil, text), appendDigitRunsRef(nil, text); !slices.Equal(got, want) {
			t.Fatalf("appendDigitRuns(%q) = %v, want %v", text, got, want)
		}
	})
}

// TestHasDigitByte checks hasDigitByte on every byte value in every
// position of a word, among neighbours that are and are not digits.
func TestHasDigitByte(t *testing.T) {
	for _, fill := range []byte{0, ' ', '/', ':', 'a', 0x7f, 0x80, 0xb0, 0xff} {
		for pos := range 8 {
			for b := range 256 {
				var x uint64
				for k := range 8 {
					c := fill
					if k == pos {
						c = byte(b)
					}
					x |= uint64(c) << (8 * k)
				}
				want := isASCIIDigit(byte(b)) || isASCIIDigit(fill)
				if got := hasDigitByte(x); got != want {
					t.Fatalf("hasDigitByte(%#016x) = %v, want %v", x, got, want)
				}
			}
		}
	}
}

// TestNextASCIIDigit compares nextASCIIDigit with a byte-by-byte search
// from every offset of random texts.
func TestNextASCIIDigit(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for range 3000 {
		b := make([]byte, r.IntN(40))
		for k := range b {
			b[k] = byte(r.IntN(256))
			if r.IntN(4) != 0 {
				b[k] = "abc /:\x80"[r.IntN(7)]
			}
		}
		s := string(b)
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && !isASCIIDigit(s[want]) {
				want++
			}
			if got := nextASCIIDigit(s, i); got != want {
				t.Fatalf("nextASCIIDigit(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}
