package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/twittertext"
)

// EmojiMisuse reports emoji that get in the way of screen readers, which
// read every emoji by its Unicode name: an emoji between the letters of a
// word ("ma😋kan"), an emoji standing in for a word inside a sentence
// ("Jangan lupa bawa 📱 dan 💳"), and runs of three or more emoji.
//
// The stand-in check is deliberately narrow. An emoji counts as a word only
// when the word before it demands one: a preposition, article, conjunction
// or transitive verb from the emoji-noun-slots list, with a lower-case word
// or the end of the sentence after the emoji; or a subject pronoun from
// emoji-verb-slots ("Kami ❤️ UMKM"), with a word after it. Pointing emoji
// (👉 👇 ➡️ 📍 🔗) act as punctuation and are never counted.
type EmojiMisuse struct {
	// Run is the shortest run of emoji reported (0: off).
	Run int `toml:"run"`
	// InWord reports emoji between the letters of a word.
	InWord bool `toml:"in_word"`
	// ReplacingWords reports emoji standing in for a word.
	ReplacingWords bool `toml:"replacing_words"`
}

func init() {
	register("emoji-misuse", func() Rule { return &EmojiMisuse{Run: 3, InWord: true, ReplacingWords: true} })
}

// Doc documents the rule.
func (*EmojiMisuse) Doc() lint.Doc {
	return lint.Doc{
		ID:        "emoji-misuse",
		Category:  lint.CategoryAccessibility,
		Severity:  lint.Info,
		Summary:   i18n.English("emoji inside a word, in place of a word, or in a run of 3 or more"),
		Rationale: i18n.English("Screen readers read each emoji by its Unicode name and repeat it for every copy in a run: \"ma😋kan\" becomes \"ma face savoring food kan\", \"bawa 📱 dan 💳\" becomes \"bawa mobile phone dan credit card\", and 🎉🎉🎉 is read three times. Use emoji after the words, not instead of them. A word counts as replaced only after words that need a noun or a verb (lists emoji-noun-slots and emoji-verb-slots); pointing emoji such as 👉 are left alone."),
		Source:    "Tamara's design blog on accessible social media (emoji at the end, not in place of words); Autistic Ltd on alt text and screen readers (2022)",
		Bad:       i18n.English("Don't forget your 🎟️ and 🪪 🎉🎉🎉"),
		Good:      i18n.English("Don't forget your ticket and ID card 🎉"),
		Options: []lint.OptionDoc{
			{Name: "run", Help: i18n.English("shortest run of emoji to report (0: off)")},
			{Name: "in_word", Help: i18n.English("report emoji between the letters of a word")},
			{Name: "replacing_words", Help: i18n.English("report emoji standing in for a word")},
		},
	}
}

// Validate checks the options.
func (r *EmojiMisuse) Validate() error {
	if r.Run < 0 || r.Run == 1 {
		return fmt.Errorf("run must be 0 (off) or at least 2, not %d", r.Run)
	}
	return nil
}

// pointerEmoji act as punctuation ("Daftar di 👉 link"): never a stand-in.
var pointerEmoji = []rune{0x1F446, 0x1F447, 0x1F448, 0x1F449, 0x261D, 0x27A1, 0x2B05, 0x2B06, 0x2B07, 0x2197, 0x2198, 0x2199, 0x2196, 0x1F4CD, 0x1F517, 0x1F4CC}

// The word lists read here, resolved once (wordList).
var (
	listEmojiNounSlots = wordList("emoji-noun-slots")
	listEmojiVerbSlots = wordList("emoji-verb-slots")
)

// Check looks at each emoji and its neighbours.
func (r *EmojiMisuse) Check(p *Pass) {
	text := p.Text.Text
	emoji := p.Text.Emoji()
	done := make([]bool, len(emoji)) // reported as part of a run or a word
	if r.Run >= 2 {
		r.runs(p, emoji, done)
	}
	if r.InWord {
		r.inWords(p, emoji, done)
	}
	if !r.ReplacingWords {
		return
	}
	var nouns, verbs []LexMatch // matched when an emoji needs them
	matched := false
	for i, e := range emoji {
		if done[i] || isPointer(e.Text) {
			continue
		}
		if !matched {
			nouns, verbs, matched = p.Text.Match(listEmojiNounSlots), p.Text.Match(listEmojiVerbSlots), true
		}
		before := skipBlanksBack(text, e.Start)
		nounWord, noun := matchEndingAt(text, nouns, before)
		_, verb := matchEndingAt(text, verbs, before)
		// A capital "A" or "DI" is a name or a grade ("Plan A 🎉"), not
		// an article or a preposition.
		noun = noun && !isCapitalised(nounWord)
		if !noun && !verb {
			continue
		}
		after := skipBlanks(text, e.End)
		next := runeAt(text, after)
		wordNext := unicode.IsLetter(next) && !entityAt(p.Text.URLs(), after)
		sentenceEnd := next < 0 || next == '\n' || strings.ContainsRune(".,;:!?)", next)
		if !(noun && (wordNext && unicode.IsLower(next) || sentenceEnd) || verb && wordNext) {
			continue
		}
		p.Report(Report{
			Start: e.Start, End: e.End,
			Message: i18n.Sprintf("emoji %s stands in for a word: screen readers read out its Unicode name in the middle of the sentence",
				"emoji %s menggantikan kata: pembaca layar membacakan nama Unicode-nya di tengah kalimat", e.Text),
			Suggestion: i18n.T("write the word; if you like, put the emoji after it or at the end of the sentence",
				"tulis katanya; bila perlu, letakkan emoji setelah kata itu atau di akhir kalimat"),
		})
	}
}

// runs reports runs of Run or more emoji separated by nothing but spaces.
func (r *EmojiMisuse) runs(p *Pass, emoji []twittertext.Entity, done []bool) {
	text := p.Text.Text
	for i := 0; i < len(emoji); {
		j := i + 1
		for j < len(emoji) && skipBlanks(text, emoji[j-1].End) == emoji[j].Start {
			j++
		}
		if n := j - i; n >= r.Run {
			for k := i; k < j; k++ {
				done[k] = true
			}
			p.Report(Report{
				Start: emoji[i].Start, End: emoji[j-1].End,
				Message: i18n.Sprintf("%d emoji in a row: screen readers read the name of every one of them",
					"%d emoji berderet: pembaca layar membacakan nama setiap emoji", n),
				Suggestion: i18n.T("keep one emoji, after the words it goes with", "cukup satu emoji, setelah kata yang dimaksud"),
			})
		}
		i = j
	}
}

// inWords reports words with emoji between their letters, once per word.
func (r *EmojiMisuse) inWords(p *Pass, emoji []twittertext.Entity, done []bool) {
	text := p.Text.Text
	for i := 0; i < len(emoji); i++ {
		if !isWordRune(runeBefore(text, emoji[i].Start)) || !isWordRune(runeAt(text, emoji[i].End)) {
			continue
		}
		// Further emoji in the same word: only letters between them.
		j := i
		for j+1 < len(emoji) && isLetters(text[emoji[j].End:emoji[j+1].Start]) && isWordRune(runeAt(text, emoji[j+1].End)) {
			j++
		}
		start, end := emoji[i].Start, emoji[j].End
		for isWordRune(runeBefore(text, start)) {
			start -= utf8.RuneLen(runeBefore(text, start))
		}
		for isWordRune(runeAt(text, end)) {
			end += utf8.RuneLen(runeAt(text, end))
		}
		var plain strings.Builder
		pos := start
		for k := i; k <= j; k++ {
			plain.WriteString(text[pos:emoji[k].Start])
			pos = emoji[k].End
			done[k] = true
		}
		plain.WriteString(text[pos:end])
		i = j
		p.Report(Report{
			Start: start, End: end,
			Message: i18n.Sprintf("emoji inside the word %q: screen readers break the word and read the emoji's name in the middle",
				"emoji di tengah kata %q: pembaca layar memenggal kata dan membacakan nama emoji di tengahnya", text[start:end]),
			Suggestion: i18n.Sprintf("write %q and put the emoji after the word", "tulis %q dan letakkan emoji setelah kata itu", plain.String()),
		})
	}
}

// isWordRune reports a letter or a combining mark.
func isWordRune(r rune) bool { return r >= 0 && (unicode.IsLetter(r) || unicode.IsMark(r)) }

// isLetters reports a non-empty string of letters and marks.
func isLetters(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !isWordRune(r) }) < 0
}

// matchEndingAt returns the word of the match in ms that ends at off.
// Analysis.Match's matches are in order and never overlap, so their ends
// rise strictly and a binary search finds it, where a map by end was made
// for each post (TestMatchEndingAtSameAsMap).
func matchEndingAt(text string, ms []LexMatch, off int) (string, bool) {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End >= off })
	if i < len(ms) && ms[i].End == off {
		return text[ms[i].Start:ms[i].End], true
	}
	return "", false
}

// isPointer reports a pointing or location emoji (by its first code point).
func isPointer(e string) bool {
	r, _ := utf8.DecodeRuneInString(e)
	return slices.Contains(pointerEmoji, r)
}

// isCapitalised reports a word whose letters are all capitals ("A", "DI").
func isCapitalised(w string) bool {
	lower, upper := caseCounts(w)
	return upper > 0 && lower == 0
}

// Requires declares the analysis views the rule reads.
func (*EmojiMisuse) Requires() []AnyView {
	return []AnyView{viewURLs, viewEmoji, viewFolded}
}
