package rules

import "strings"

// Indonesian affixes, for two uses that must agree on the morphology: the
// blocklist generates the affixed forms of each listed root at load time
// (so "dungu" also catches "dungunya", "mendungukan", "dungu-dungu"), and
// the acronym rule strips affixes from a word in capitals to find an
// ordinary word under it ("DIBUKA" is "buka", emphasis, not an acronym).
//
// The forms covered are the productive ones of everyday writing:
//   - prefixes di-, ter-, ber- (be- before r), meN- and peN- with nasal
//     assimilation (mem-/pem- before b, f, v and p, whose p drops: pukul →
//     memukul; men-/pen- before c, d, j, z and t, whose t drops: tulis →
//     menulis; meng-/peng- before vowels, g, h and k, whose k drops: kirim →
//     mengirim; meny-/peny- for s, which drops: sapu → menyapu; me-/pe-
//     before l, m, n, r, w, y; menge-/penge- before a one-syllable root),
//     and the confix ke-…-an ("kebodohan", "kebodohannya");
//   - suffixes -nya, -kan, -i, -an, -lah, -kah, -mu, -ku and the chains
//     -kannya, -inya, -annya, -kanlah, -nyalah;
//   - reduplication ("dungu-dungu", "dungu-dungunya").
//
// Precision: a short root would match inside unrelated words ("tai" in
// "petai"), so a root takes prefixes only from idMinPrefixRoot letters on,
// suffixes from idMinSuffixRoot letters on, and a shorter root matches only
// as written. Every form is the root plus affixes from the closed lists
// above, so the root always covers the word but for those affixes.
const (
	idMinPrefixRoot = 4
	idMinSuffixRoot = 3
)

// idSuffixes are the suffix chains, longest first for stripping.
var idSuffixes = []string{"kannya", "annya", "kanlah", "nyalah", "inya", "nya", "kan", "lah", "kah", "an", "mu", "ku", "i"}

// idPrefixForms returns the root with each prefix (or the ke-…-an confix,
// returned with its suffix) attached.
func idPrefixForms(root string) []string {
	out := []string{"di" + root, "ter" + root, "ke" + root + "an"}
	if strings.HasPrefix(root, "r") {
		out = append(out, "be"+root)
	} else {
		out = append(out, "ber"+root)
	}
	for _, base := range []string{"me", "pe"} {
		out = append(out, nasalForms(base, root)...)
	}
	return out
}

// nasalForms attaches meN- or peN- (base "me" or "pe") with the nasal the
// root's first sound takes; a dropped first consonant (p, t, k, s) gives two
// forms, since loanwords keep it ("memproses", "mentransfer").
func nasalForms(base, root string) []string {
	c := root[0]
	rest := root[1:]
	var out []string
	switch {
	case idSyllables(root) == 1:
		out = append(out, base+"nge"+root)
	case strings.HasPrefix(root, "ng") || strings.HasPrefix(root, "ny"):
		out = append(out, base+root)
	case isVowelByte(c):
		out = append(out, base+"ng"+root)
	}
	switch c {
	case 'b', 'f', 'v':
		out = append(out, base+"m"+root)
	case 'p':
		out = append(out, base+"m"+rest, base+"m"+root)
	case 'c', 'd', 'j', 'z':
		out = append(out, base+"n"+root)
	case 't':
		out = append(out, base+"n"+rest, base+"n"+root)
	case 'g', 'h':
		out = append(out, base+"ng"+root)
	case 'k':
		out = append(out, base+"ng"+rest, base+"ng"+root)
	case 's':
		out = append(out, base+"ny"+rest, base+"n"+root)
	case 'l', 'm', 'n', 'r', 'w', 'y':
		out = append(out, base+root)
	}
	return out
}

// idAffixForms returns the affixed forms of a root, the root itself first.
// Roots are folded words; anything that is not a plain lower-case word of
// at least idMinSuffixRoot letters has no forms but itself.
func idAffixForms(root string) []string {
	out := []string{root}
	n := len(root)
	if n < idMinSuffixRoot || !isPlainWord(root) {
		return out
	}
	stems := []string{root}
	if n >= idMinPrefixRoot {
		stems = append(stems, idPrefixForms(root)...)
	}
	seen := make(map[string]bool, 192) // about 150 forms per root
	seen[root] = true
	addForm := func(f string) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	confix := "ke" + root + "an"
	for _, s := range stems {
		addForm(s)
		if s == confix {
			addForm(s + "nya") // "kebodohannya"; the confix takes no other suffix
			continue
		}
		for _, suf := range idSuffixes {
			if n < idMinPrefixRoot && suf != "nya" && suf != "mu" && suf != "ku" && suf != "lah" {
				continue
			}
			addForm(s + suf)
		}
	}
	addForm(root + "-" + root)
	addForm(root + "-" + root + "nya")
	return out
}

// idAffixRoots returns the roots a word may be built on by the affixes
// above, the word itself first: "mendungukan" gives mendungukan, dungu
// (among others). Callers look the candidates up in a list; a candidate
// that is not a word is simply not found. Roots shorter than the minimums
// above are not returned.
func idAffixRoots(word string) []string {
	out := []string{word}
	if !isPlainWord(strings.ReplaceAll(word, "-", "")) {
		return out
	}
	seen := map[string]bool{word: true}
	add := func(r string, minLen int) {
		if len(r) >= minLen && !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	// Reduplication: "dungu-dungu", "dungu-dungunya".
	if a, b, ok := strings.Cut(word, "-"); ok && strings.HasPrefix(b, a) {
		add(a, idMinSuffixRoot)
		return out
	}
	var stems []string
	stems = append(stems, word)
	for _, suf := range idSuffixes {
		if s, ok := strings.CutSuffix(word, suf); ok {
			stems = append(stems, s)
			add(s, idMinSuffixRoot)
		}
	}
	for _, s := range stems {
		for _, r := range unprefix(s) {
			add(r, idMinPrefixRoot)
		}
	}
	// The confix ke-…-an, with or without -nya.
	for _, st := range stems {
		if s, ok := strings.CutPrefix(st, "ke"); ok {
			if r, ok := strings.CutSuffix(s, "an"); ok {
				add(r, idMinPrefixRoot)
			}
		}
	}
	return out
}

// unprefix undoes one prefix of idPrefixForms, restoring a dropped first
// consonant in every way it could have dropped.
func unprefix(s string) []string {
	var out []string
	for _, p := range []string{"di", "ter", "ber"} {
		if r, ok := strings.CutPrefix(s, p); ok {
			out = append(out, r)
		}
	}
	if r, ok := strings.CutPrefix(s, "be"); ok && strings.HasPrefix(r, "r") {
		out = append(out, r)
	}
	for _, base := range []string{"me", "pe"} {
		r, ok := strings.CutPrefix(s, base)
		if !ok || r == "" {
			continue
		}
		switch {
		case strings.HasPrefix(r, "nge"):
			out = append(out, r[3:])
		}
		switch {
		case strings.HasPrefix(r, "ng"):
			rest := r[2:]
			out = append(out, rest, "k"+rest, r) // mengambil, mengirim, menganga
		case strings.HasPrefix(r, "ny"):
			out = append(out, "s"+r[2:], r) // menyapu, menyanyi
		case strings.HasPrefix(r, "m"):
			rest := r[1:]
			out = append(out, rest, "p"+rest, r) // membeli, memukul, memasak
		case strings.HasPrefix(r, "n"):
			rest := r[1:]
			out = append(out, rest, "t"+rest, r) // mendengar, menulis, menanti
		default:
			out = append(out, r) // melihat, merusak
		}
	}
	return out
}

// idSyllables counts vowel groups, which is the syllable count of an
// Indonesian word closely enough to find one-syllable roots (bom, cat).
func idSyllables(w string) int {
	n := 0
	prev := false
	for i := 0; i < len(w); i++ {
		v := isVowelByte(w[i])
		if v && !prev {
			n++
		}
		prev = v
	}
	return n
}

func isVowelByte(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

// isPlainWord reports whether w is made of the letters a-z only.
func isPlainWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
