package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/lazyre"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// PersonalData reports identity numbers published in a post: a 16-digit
// number (NIK, No. KK; also written in groups with spaces, dots or dashes)
// and a "NIK:" / "No. KK" label followed by digits. Phone numbers, amounts
// in rupiah, thousands-grouped numbers and placeholder digits are not
// findings. The message masks the number.
type PersonalData struct {
	// Labels also reports a NIK or KK label followed by a number that is
	// not 16 digits long (a partial or mistyped NIK is still personal).
	Labels bool `toml:"labels"`
}

func init() { register("personal-data", func() Rule { return &PersonalData{Labels: true} }) }

// idLabelRe finds an identity-number label right before a number (the
// text before a run of digits is matched, so the scan stays linear).
var idLabelRe = lazyre.New(`(?:\bNIK|\b(?i:no\.?|nomor|nomer)\s*KK|(?i:\bnomor\s+(?:kartu\s+keluarga|induk\s+kependudukan)))\s*[:=.]?\s*$`)

// Doc documents the rule.
func (*PersonalData) Doc() lint.Doc {
	return lint.Doc{
		ID:        "personal-data",
		Category:  lint.CategoryTrust,
		Severity:  lint.Warning,
		Context:   lint.TrustContext,
		Summary:   i18n.English("identity number in the post: a 16-digit NIK or family-card (KK) number, or a \"NIK:\" label with digits"),
		Rationale: i18n.English("A NIK or family-card number published on social media is enough to register SIM cards, apply for online loans or commit fraud in the owner's name, and UU 27/2022 on personal data protection makes whoever publishes it answerable. Posts about aid recipients, winners or lost documents leak them most often. Phone numbers, amounts in rupiah and thousands-grouped figures are not reported; the message masks the number."),
		Source:    "Indonesia's Personal Data Protection Law (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi)",
		Bad:       i18n.English("Congratulations to the winner, NIK 3275012345670001!"),
		Good:      i18n.English("Congratulations to the winner, S. A. from Bekasi! We will contact you by direct message."),
		Options: []lint.OptionDoc{
			{Name: "labels", Help: i18n.English("also report a NIK or KK label followed by a number of another length")},
		},
	}
}

// Check finds identity numbers.
func (r *PersonalData) Check(p *Pass) {
	a := p.Text
	text := a.Text
	var hits []prose.Span
	// One run's parts, reused from run to run; the runs, found once. Both
	// start on the stack: most posts have a few short runs.
	var partsBuf, runsBuf [8][2]int
	parts := partsBuf[:0]
	for _, run := range appendDigitRuns(runsBuf[:0], text) {
		start, end := run[0], run[1]
		// A run of fewer than six digits is neither labelled (six or
		// more) nor holds a part of sixteen: most runs are dates, times
		// and amounts, spared the look-ups below.
		n := digitCount(text[start:end])
		if n < 6 || trustInURL(a, start, end) {
			continue
		}
		if !placeholderDigits(text[start:end]) {
			if m := idLabelRe.FindStringIndex(text[max(0, start-48):start]); m != nil && (n == 16 || r.Labels) {
				hits = append(hits, prose.Span{Start: max(0, start-48) + m[0], End: end})
				continue
			}
		}
		parts = appendDigitRunParts(parts[:0], text, start, end)
		for _, s := range parts {
			if digitCount(text[s[0]:s[1]]) == 16 && looksLikeID(text, s[0], s[1]) {
				hits = append(hits, prose.Span{Start: s[0], End: s[1]})
			}
		}
	}
	for _, h := range mergeSpans(hits) {
		p.Report(Report{
			Start: h.Start, End: h.End,
			Message: i18n.Sprintf("the post publishes an identity number (%s): a NIK or KK number invites fraud",
				"unggahan memuat nomor identitas (%s): NIK atau nomor KK rawan disalahgunakan", maskDigits(digitsOf(text[h.Start:h.End]))),
			Suggestion: i18n.T("remove the number; identify people by initials and village, and share details privately",
				"hapus nomornya; sebut inisial dan kelurahan saja, dan sampaikan rinciannya secara pribadi"),
		})
	}
}

// appendDigitRuns appends to out the runs of ASCII digits joined by single
// spaces, dots or dashes: "3275012345670001", "3275 0123 4567 0001",
// "32.75.01.234567.0001". It runs over every byte of every post, and
// most bytes are no digit: tight loops skip them and read each digit of
// a run once (TestAppendDigitRunsSameAsBefore).
func appendDigitRuns(out [][2]int, text string) [][2]int {
	for i := 0; i < len(text); {
		if i = nextASCIIDigit(text, i); i == len(text) {
			break
		}
		start, j := i, i+1
		for {
			for j < len(text) && isASCIIDigit(text[j]) {
				j++
			}
			if j+1 < len(text) && (text[j] == ' ' || text[j] == '.' || text[j] == '-') && isASCIIDigit(text[j+1]) {
				j++
				continue
			}
			break
		}
		out = append(out, [2]int{start, j})
		i = j
	}
	return out
}

// nextASCIIDigit returns the offset of the first ASCII digit in s at or
// after i, len(s) when there is none. Eight bytes are tested at a time
// (hasDigitByte), as most bytes of a post are no digit.
func nextASCIIDigit(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if hasDigitByte(load64(s[i : i+8])) {
			break
		}
	}
	for i < len(s) && !isASCIIDigit(s[i]) {
		i++
	}
	return i
}

// load64 reads the eight bytes of s as a little-endian word: the compiler
// makes one load of it.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hasDigitByte reports whether a byte of x is '0' to '9': the "has a byte
// between m and n" test of Sean Anderson's Bit Twiddling Hacks. For a byte
// b below 0x80, 185-b has its top bit set exactly when b <= '9' and b+80
// exactly when b >= '0', neither borrowing nor carrying into the next
// byte; a byte from 0x80 up is cleared by ^x (TestHasDigitByte).
func hasDigitByte(x uint64) bool {
	const ones, low7, top = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	t := x & low7
	return (ones*(127+'9'+1)-t)&^x&(t+ones*(127-('0'-1)))&top != 0
}

// appendDigitRunParts appends a run's parts to out: the run split at
// spaces when it is not 16 digits long as a whole, so "tanggal 2024
// 3275.0123.4567.0001" still finds the NIK. The caller reuses out from run
// to run.
func appendDigitRunParts(out [][2]int, text string, start, end int) [][2]int {
	if digitCount(text[start:end]) == 16 || !strings.Contains(text[start:end], " ") {
		return append(out, [2]int{start, end})
	}
	s := start
	for i := start; i <= end; i++ {
		if i == end || text[i] == ' ' {
			if i > s {
				out = append(out, [2]int{s, i})
			}
			s = i + 1
		}
	}
	return out
}

// looksLikeID rules out amounts (after "Rp" or "IDR", or grouped in
// thousands), numbers glued to letters, and placeholders.
func looksLikeID(text string, start, end int) bool {
	before := strings.TrimRight(text[:start], " .")
	lower := strings.ToLower(before)
	if strings.HasSuffix(lower, "rp") || strings.HasSuffix(lower, "idr") {
		return false
	}
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); unicode.IsLetter(r) {
			return false
		}
	}
	if end < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); unicode.IsLetter(r) {
			return false
		}
	}
	run := text[start:end]
	if groups := strings.FieldsFunc(run, func(r rune) bool { return r == '.' || r == ',' }); len(groups) > 2 {
		thousands := true
		for _, g := range groups[1:] {
			if len(g) != 3 {
				thousands = false
			}
		}
		if thousands {
			return false
		}
	}
	return !placeholderDigits(run)
}

// placeholderDigits reports example numbers: all one digit, or counting up
// ("1234567890123456").
func placeholderDigits(s string) bool {
	d := digitsOf(s)
	if len(d) < 2 {
		return false
	}
	same, up := true, true
	for i := 1; i < len(d); i++ {
		if d[i] != d[0] {
			same = false
		}
		if d[i] != '0'+(d[i-1]-'0'+1)%10 {
			up = false
		}
	}
	return same || up
}

func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// digitsOf returns the digits of s.
func digitsOf(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// maskDigits hides all but the last four digits.
func maskDigits(d string) string {
	if len(d) <= 4 {
		return strings.Repeat("*", len(d))
	}
	return strings.Repeat("*", len(d)-4) + d[len(d)-4:]
}

// Requires declares the analysis views the rule reads.
func (*PersonalData) Requires() []AnyView {
	return []AnyView{viewTrustEntities}
}
