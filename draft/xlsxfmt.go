package draft

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// This file renders a cell's stored value the way the sheet shows it,
// from its number format code (ECMA-376 Part 1, 18.8.30 and 18.8.31). It
// covers what a content calendar uses: General, fixed decimals, thousands
// separators, percent, scientific notation with a two-digit exponent,
// and dates and times (d dd ddd dddd m mm mmm mmmm mmmmm yy yyyy h hh m
// mm s ss AM/PM A/P, [h] [m] [s], fractions of a second, quoted text,
// backslash escapes, [$-xxx] locale prefixes for English and Indonesian).
//
// Not rendered, the value is shown as stored instead: conditions such as
// [>100], fraction formats (# ?/?), exponents of other than two digits,
// and date codes mixed with digit placeholders. Fill (*x) and padding
// (_x) characters are left out, as a reader of the text wants them.

// builtinFormats are the format codes ECMA-376 gives the IDs below 164
// that a workbook need not declare, by ID; "" for an ID it gives none. An
// array, not a map: static data, where a map was built on every start.
var builtinFormats = [...]string{
	0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
	9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
	14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
	18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "hh:mm", 21: "hh:mm:ss", 22: "m/d/yy hh:mm",
	37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)",
	41: `_(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)`,
	42: `_("$"* #,##0_);_("$"* \(#,##0\);_("$"* "-"_);_(@_)`,
	43: `_(* #,##0.00_);_(* \(#,##0.00\);_(* "-"??_);_(@_)`,
	44: `_("$"* #,##0.00_);_("$"* \(#,##0.00\);_("$"* "-"??_);_(@_)`,
	45: "mm:ss", 46: "[h]:mm:ss", 47: "mm:ss.0", 48: "##0.0E+0", 49: "@",
}

// builtinFormat returns the built-in format code of ID id, ok false when
// ECMA-376 gives it none.
func builtinFormat(id int) (code string, ok bool) {
	if id < 0 || id >= len(builtinFormats) {
		return "", false
	}
	return builtinFormats[id], builtinFormats[id] != ""
}

// fmtKind is what a piece of a format code stands for.
type fmtKind int

const (
	fkLiteral   fmtKind = iota // text shown as written
	fkGeneral                  // the General format
	fkZero                     // 0: a digit, shown even when it is a leading or trailing zero
	fkHash                     // # or ?: a digit shown only when significant
	fkPoint                    // the decimal point
	fkComma                    // a thousands separator or, after the digits, a scaling by 1,000
	fkPercent                  // %: the value times 100
	fkExponent                 // E+ or E-
	fkText                     // @: the cell's text
	fkDate                     // a run of y, m, d, h, s or e
	fkAmPm                     // AM/PM or A/P
	fkElapsed                  // [h], [mm], [ss]: time elapsed, not a clock
	fkLocale                   // [$-421] and the like
	fkFraction                 // /: a fraction format, not rendered
	fkCondition                // [>100] and the like, not rendered
)

type fmtToken struct {
	kind fmtKind
	text string
}

// fmtSection is one of the up to four ';'-separated parts of a code.
type fmtSection struct {
	tokens []fmtToken
	text   bool // holds @: the section for text values
}

// cellKind is what a cell holds, which decides the section of a format
// that applies.
type cellKind int

const (
	kindNumber cellKind = iota
	kindText
)

// parseNumFormat splits a format code into sections and tokens.
func parseNumFormat(code string) []fmtSection {
	var secs []fmtSection
	cur := fmtSection{}
	add := func(k fmtKind, s string) {
		if k == fkLiteral && len(cur.tokens) > 0 && cur.tokens[len(cur.tokens)-1].kind == fkLiteral {
			cur.tokens[len(cur.tokens)-1].text += s
			return
		}
		cur.tokens = append(cur.tokens, fmtToken{k, s})
	}
	rs := []rune(code)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		switch {
		case c == ';':
			secs = append(secs, cur)
			cur = fmtSection{}
		case c == '"':
			j := i + 1
			for j < len(rs) && rs[j] != '"' {
				j++
			}
			add(fkLiteral, string(rs[i+1:min(j, len(rs))]))
			i = j
		case c == '\\':
			if i+1 < len(rs) {
				add(fkLiteral, string(rs[i+1]))
				i++
			}
		case c == '_':
			add(fkLiteral, " ") // space as wide as the next character
			i++
		case c == '*':
			i++ // a fill, repeating the next character across the cell: none in text
		case c == '[':
			j := i + 1
			for j < len(rs) && rs[j] != ']' {
				j++
			}
			inner := string(rs[i+1 : min(j, len(rs))])
			i = j
			low := strings.ToLower(inner)
			switch {
			case strings.HasPrefix(inner, "$"):
				add(fkLocale, inner[1:])
			case low != "" && strings.Trim(low, "h") == "", low != "" && strings.Trim(low, "m") == "", low != "" && strings.Trim(low, "s") == "":
				add(fkElapsed, low)
			case strings.ContainsAny(inner, "<>="):
				add(fkCondition, inner)
			}
			// anything else is a colour: nothing to show
		case strings.HasPrefix(strings.ToLower(string(rs[i:])), "general"):
			add(fkGeneral, "General")
			i += len("general") - 1
		case strings.HasPrefix(strings.ToUpper(string(rs[i:])), "AM/PM"):
			add(fkAmPm, string(rs[i:i+5]))
			i += 4
		case strings.HasPrefix(strings.ToUpper(string(rs[i:])), "A/P"):
			add(fkAmPm, string(rs[i:i+3]))
			i += 2
		case c == '0':
			add(fkZero, "0")
		case c == '#' || c == '?':
			add(fkHash, string(c))
		case c == '.':
			add(fkPoint, ".")
		case c == ',':
			add(fkComma, ",")
		case c == '%':
			add(fkPercent, "%")
		case c == '@':
			add(fkText, "@")
			cur.text = true
		case c == '/':
			if hasDigitBefore(cur.tokens) {
				add(fkFraction, "/")
			} else {
				add(fkLiteral, "/")
			}
		case (c == 'E' || c == 'e') && i+1 < len(rs) && (rs[i+1] == '+' || rs[i+1] == '-') && hasDigitBefore(cur.tokens):
			add(fkExponent, string(rs[i:i+2]))
			i++
		case strings.ContainsRune("yYmMdDhHsSeE", c):
			j := i
			for j < len(rs) && sameLetter(rs[j], c) {
				j++
			}
			add(fkDate, strings.ToLower(string(rs[i:j])))
			i = j - 1
		default:
			add(fkLiteral, string(c))
		}
	}
	return append(secs, cur)
}

// sameLetter compares two ASCII letters without case.
func sameLetter(a, b rune) bool { return a|0x20 == b|0x20 }

func hasDigitBefore(toks []fmtToken) bool {
	for _, t := range toks {
		if t.kind == fkZero || t.kind == fkHash {
			return true
		}
	}
	return false
}

// numFormatter renders values through one format code.
type numFormatter struct {
	secs     []fmtSection
	date1904 bool
}

// formatValue shows value (a number as stored, or a cell's text) through
// the format.
func (f *numFormatter) formatValue(value string, kind cellKind) string {
	num, isNum := parseNumber(value)
	if kind != kindNumber || !isNum {
		// Text is shown through a section with @, when there is one.
		for _, s := range f.secs {
			if s.text {
				var b strings.Builder
				for _, t := range s.tokens {
					switch t.kind {
					case fkLiteral:
						b.WriteString(t.text)
					case fkText, fkZero:
						b.WriteString(value)
					}
				}
				return b.String()
			}
		}
		return value
	}
	sec, signed := f.section(num)
	if sec == nil {
		return value
	}
	for _, t := range sec.tokens {
		switch t.kind {
		case fkGeneral:
			if signed {
				return value
			}
			return generalNumber(value, num)
		case fkCondition, fkFraction:
			return value
		}
	}
	if isDateSection(sec) {
		if signed || num < 0 {
			return value
		}
		out, ok := f.formatDate(sec, num)
		if !ok {
			return value
		}
		return out
	}
	out, ok := formatNumber(sec, math.Abs(num), signed && num < 0)
	if !ok {
		return value
	}
	return out
}

// section picks the section for a number: the first for zero and
// positive numbers, the second for negative ones when there is one
// (which then shows the number without its sign). signed is true when a
// negative number goes through the section of a positive one, or
// through a section of its own.
func (f *numFormatter) section(num float64) (sec *fmtSection, signed bool) {
	if len(f.secs) == 0 || f.secs[0].text {
		return nil, false
	}
	if num >= 0 {
		return &f.secs[0], false
	}
	if len(f.secs) > 1 && !f.secs[1].text {
		return &f.secs[1], false
	}
	return &f.secs[0], true
}

// parseNumber reads a stored number.
func parseNumber(s string) (float64, bool) {
	if s == "" || strings.ContainsRune(s, '_') {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// digitCount is the digits of a number written out in full.
func digitCount(v float64) int {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	return len(s) - strings.Count(s, ".")
}

// generalNumber shows a number in the General format: as stored, unless
// it has more than 11 digits, which a cell shows rounded to 10
// significant ones.
func generalNumber(value string, num float64) string {
	if digitCount(num) > 11 {
		return strconv.FormatFloat(num, 'G', 10, 64)
	}
	return value
}

// cellNumber is a stored number as a cell without a format shows it:
// written out in full, or to 15 significant digits when it has more.
func cellNumber(v string) string {
	num, ok := parseNumber(v)
	if !ok {
		return v
	}
	if digitCount(num) > 15 && !wholeWithin15(v) {
		return strconv.FormatFloat(num, 'G', 15, 64)
	}
	return strconv.FormatFloat(num, 'f', -1, 64)
}

// wholeWithin15 reports whether v is a whole number written with at most
// 15 significant digits followed by zeros.
func wholeWithin15(v string) bool {
	if strings.ContainsAny(v, ".Ee") {
		return false
	}
	return len(strings.TrimRight(strings.TrimLeft(v, "+-0"), "0")) <= 15
}

// isDateSection reports whether a section shows a date or a time.
func isDateSection(sec *fmtSection) bool {
	for _, t := range sec.tokens {
		if t.kind == fkDate || t.kind == fkElapsed || t.kind == fkAmPm {
			return true
		}
	}
	return false
}

// formatNumber renders a non-negative number through a numeric section;
// minus puts a sign before it.
func formatNumber(sec *fmtSection, num float64, minus bool) (string, bool) {
	var intDigits, fracZeros, fracHash, percent, expDigits int
	lastDigit, afterPoint, afterExp, thousands := -1, false, false, false
	for i, t := range sec.tokens {
		if t.kind == fkZero || t.kind == fkHash {
			lastDigit = i
		}
	}
	scale := 0
	for i, t := range sec.tokens {
		switch t.kind {
		case fkZero, fkHash:
			switch {
			case afterExp:
				expDigits++
			case afterPoint && t.kind == fkZero:
				fracZeros++
			case afterPoint:
				fracHash++
			case t.kind == fkZero:
				intDigits++
			}
		case fkPoint:
			afterPoint = true
		case fkExponent:
			afterExp = true
		case fkPercent:
			percent++
		case fkComma:
			if i > lastDigit {
				scale++
			} else {
				thousands = true
			}
		case fkDate, fkAmPm, fkElapsed, fkText:
			return "", false
		}
	}
	num /= math.Pow(1000, float64(scale))
	// As many decimals as the number has, within the placeholders: the
	// optional ones (#) are not filled with zeros, the required ones (0)
	// are.
	decimals := 0
	if _, f, ok := strings.Cut(strconv.FormatFloat(num, 'f', -1, 64), "."); ok {
		decimals = len(f)
	}
	decimals = max(fracZeros, min(decimals, fracZeros+fracHash))
	num *= math.Pow(100, float64(percent))
	var digits string // the number's digits, point included
	if afterExp {
		if expDigits != 2 {
			return "", false
		}
		digits = strconv.FormatFloat(num, 'E', decimals, 64)
	} else {
		// Half away from zero, as a spreadsheet rounds, not half to even.
		ratio := math.Pow(10, float64(decimals))
		digits = strconv.FormatFloat(math.Round(num*ratio)/ratio, 'f', decimals, 64)
		ip, fp, _ := strings.Cut(digits, ".")
		ip = strings.TrimLeft(ip, "0")
		for len(ip) < intDigits {
			ip = "0" + ip
		}
		if ip == "" {
			// A spreadsheet shows nothing for # and a zero integer part;
			// a reader of the text wants the 0 the reader before this one
			// showed: "0.5", not ".5".
			ip = "0"
		}
		if thousands {
			ip = groupThousands(ip)
		}
		digits = ip
		if fp != "" {
			digits += "." + fp
		}
	}
	var b strings.Builder
	if minus {
		b.WriteByte('-')
	}
	placed := false
	for i, t := range sec.tokens {
		switch t.kind {
		case fkLiteral:
			b.WriteString(t.text)
		case fkLocale:
			cur, _, _ := strings.Cut(t.text, "-")
			b.WriteString(cur)
		case fkPercent:
			b.WriteByte('%')
		case fkComma:
			if i > lastDigit && scale == 0 {
				b.WriteByte(',')
			}
		case fkZero, fkHash, fkPoint, fkExponent:
			if !placed {
				b.WriteString(digits)
				placed = true
			}
		}
	}
	return b.String(), true
}

// groupThousands puts a comma between each three digits of a whole number.
func groupThousands(s string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// dateLocale names months and weekdays in one language.
type dateLocale struct {
	months, monthsAbbr, days, daysAbbr []string
	amPm                               string // replaces the code's AM/PM, or "" to keep it
}

var englishDates = dateLocale{
	months:     []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	monthsAbbr: []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	days:       []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	daysAbbr:   []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
}

var indonesianDates = dateLocale{
	months:     []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"},
	monthsAbbr: []string{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"},
	days:       []string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"},
	daysAbbr:   []string{"Mgg", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"},
	amPm:       "AM/PM",
}

// localeOf reads the language of a [$-xxx] or [$Rp-421] prefix: a
// Windows locale ID in hex (its low 16 bits name the language) or a
// language tag. Languages other than English and Indonesian get English
// names.
func localeOf(tag string) dateLocale {
	_, id, _ := strings.Cut(tag, "-")
	id = strings.ToUpper(id)
	if len(id) > 4 {
		if _, err := strconv.ParseUint(id, 16, 32); err == nil {
			id = id[len(id)-4:]
		}
	}
	id = strings.TrimLeft(id, "0")
	switch id {
	case "21", "421", "ID", "ID-ID":
		return indonesianDates
	case "809", "C09", "1409", "EN-GB", "EN-AU", "EN-NZ":
		l := englishDates
		l.amPm = "am/pm"
		return l
	case "9", "409", "F800", "F400", "EN", "EN-US":
		l := englishDates
		l.amPm = "AM/PM"
		return l
	}
	return englishDates
}

// serialParts are a spreadsheet serial number as a date and clock, the
// way a sheet shows it: the 1900 system shows serial 0 as 1900-01-00 and
// 60 as 1900-02-29, a day that never was.
type serialParts struct {
	year, month, day    int
	weekday             time.Weekday
	hour, minute, sec   int
	milli               int
	totalSecondsRounded float64 // the serial in seconds, for [h] [m] [s]
}

func splitSerial(serial float64, date1904 bool, millis bool) serialParts {
	days := math.Floor(serial)
	frac := serial - days
	var secs float64
	if millis {
		secs = math.Round(frac*86400*1000) / 1000
	} else {
		secs = math.Round(frac*86400 + 1e-6)
	}
	if secs >= 86400 {
		days++
		secs -= 86400
	}
	var p serialParts
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	if date1904 {
		base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	d := base.AddDate(0, 0, int(days))
	p.weekday = d.Weekday()
	if !date1904 && days >= 1 && days < 60 {
		d = d.AddDate(0, 0, 1)
	}
	p.year, p.month, p.day = d.Year(), int(d.Month()), d.Day()
	switch {
	case !date1904 && days < 1:
		p.year, p.month, p.day = 1900, 1, 0
	case !date1904 && days == 60:
		p.year, p.month, p.day = 1900, 2, 29
	}
	whole := int(secs)
	p.hour, p.minute, p.sec = whole/3600, whole/60%60, whole%60
	p.milli = int(math.Round((secs - float64(whole)) * 1000))
	if p.milli >= 1000 {
		p.milli = 999
	}
	p.totalSecondsRounded = days*86400 + math.Floor(secs)
	return p
}

// formatDate renders a non-negative serial number through a date section.
func (f *numFormatter) formatDate(sec *fmtSection, serial float64) (string, bool) {
	loc := englishDates
	twelve, millis := false, false
	toks := sec.tokens
	for i, t := range toks {
		switch t.kind {
		case fkLocale:
			loc = localeOf(t.text)
		case fkAmPm:
			twelve = true
		case fkZero:
			if i == 0 || toks[i-1].kind != fkPoint && toks[i-1].kind != fkZero {
				return "", false
			}
			millis = true
		case fkHash, fkPercent, fkExponent, fkText:
			return "", false
		}
	}
	p := splitSerial(serial, f.date1904, millis)
	var b strings.Builder
	for i, t := range toks {
		switch t.kind {
		case fkLiteral:
			b.WriteString(t.text)
		case fkComma:
			b.WriteByte(',')
		case fkPoint:
			b.WriteByte('.')
		case fkLocale:
			if cur, _, _ := strings.Cut(t.text, "-"); cur != "" {
				b.WriteString(cur)
			}
		case fkZero:
			if toks[i-1].kind == fkPoint {
				n := 0
				for j := i; j < len(toks) && toks[j].kind == fkZero; j++ {
					n++
				}
				b.WriteString(fmtMillis(p.milli, min(n, 3)))
			}
		case fkAmPm:
			b.WriteString(amPm(t.text, loc, p.hour))
		case fkElapsed:
			unit := map[byte]float64{'h': 3600, 'm': 60, 's': 1}[t.text[0]]
			b.WriteString(strconv.FormatFloat(math.Floor(p.totalSecondsRounded/unit), 'f', 0, 64))
		case fkDate:
			b.WriteString(dateField(t.text, toks, i, p, loc, twelve))
		}
	}
	return b.String(), true
}

func fmtMillis(ms, n int) string {
	s := strconv.Itoa(ms + 1000)[1:]
	return s[:n]
}

func amPm(code string, loc dateLocale, hour int) string {
	if loc.amPm != "" {
		code = loc.amPm
	}
	am, pm, _ := strings.Cut(code, "/")
	if hour >= 12 {
		return pm
	}
	return am
}

// dateField renders one run of date letters. An m is minutes right after
// an hour or a second, or right before a second; a month otherwise.
func dateField(run string, toks []fmtToken, i int, p serialParts, loc dateLocale, twelve bool) string {
	n := len(run)
	two := func(v int) string {
		if n >= 2 {
			return strconv.Itoa(v + 100)[1:]
		}
		return strconv.Itoa(v)
	}
	switch run[0] {
	case 'y', 'e':
		if n <= 2 && run[0] == 'y' {
			return strconv.Itoa(p.year%100 + 100)[1:]
		}
		return strconv.Itoa(p.year)
	case 'd':
		switch {
		case n <= 2:
			return two(p.day)
		case n == 3:
			return loc.daysAbbr[p.weekday]
		}
		return loc.days[p.weekday]
	case 'h':
		h := p.hour
		if twelve {
			h %= 12
			if h == 0 {
				h = 12
			}
		}
		n = min(n, 2)
		return two(h)
	case 's':
		n = min(n, 2)
		return two(p.sec)
	}
	// m: a month or minutes
	if n <= 2 && isMinute(toks, i) {
		return two(p.minute)
	}
	switch {
	case n <= 2:
		return two(p.month)
	case n == 3:
		return loc.monthsAbbr[p.month-1]
	case n == 5:
		return string([]rune(loc.monthsAbbr[p.month-1])[:1])
	}
	return loc.months[p.month-1]
}

func isMinute(toks []fmtToken, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if toks[j].kind == fkElapsed {
			return true
		}
		if toks[j].kind == fkDate {
			if c := toks[j].text[0]; c == 'h' || c == 's' {
				return true
			}
			break
		}
	}
	for j := i + 1; j < len(toks); j++ {
		if toks[j].kind == fkDate {
			return toks[j].text[0] == 's'
		}
	}
	return false
}

// serialTime turns a spreadsheet serial number into a date and time, in
// the 1900 system (where serial 60 is the 29 February 1900 a spreadsheet
// counts, shown here as 28 February) or the 1904 one.
func serialTime(serial float64, date1904 bool) time.Time {
	days := math.Floor(serial)
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	switch {
	case date1904:
		base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	case days >= 1 && days < 60:
		base = base.AddDate(0, 0, 1)
	}
	micros := math.Round((serial - days) * 86400e6)
	return base.AddDate(0, 0, int(days)).Add(time.Duration(micros) * time.Microsecond)
}
