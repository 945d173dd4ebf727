package rules

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// Readability scores English posts with the Flesch reading ease and gives
// Indonesian posts sentence and syllable statistics instead: the English
// formula means nothing for Indonesian (it scores Indonesian school texts
// below zero), and no Indonesian formula is widely adopted.
//
// Indonesian statistics: mean words per sentence, the share of words with
// four or more syllables, and, from 100 words on, the coordinates of the
// Indonesian Fry graph (sentences per 100 words; syllables per 100 words
// times 0.6, Harjasujana & Mulyati). The thresholds are postlint's own
// judgement, calibrated on government captions: plain service posts stay
// around 2 syllables a word and under 10% long words, press-release
// captions reach 3+ syllables a word and 30–55% long words.
//
// Posts with fewer than 3 sentences or 30 words get nothing: their scores
// are noise. Posts in an undecided language get nothing either.
type Readability struct {
	MinSentences    int     `toml:"min_sentences"`
	MinWords        int     `toml:"min_words"`
	FleschInfoBelow float64 `toml:"flesch_info_below"`
	FleschWarnBelow float64 `toml:"flesch_warn_below"`
	IDWordsPerSent  float64 `toml:"id_words_per_sentence"`
	IDLongWordShare float64 `toml:"id_long_word_share"`
	IDLongWordSyll  int     `toml:"id_long_word_syllables"`
	IDFrySyllables  float64 `toml:"id_fry_syllables"`
	IDFryMinWords   int     `toml:"id_fry_min_words"`
}

func init() {
	register("readability", func() Rule {
		return &Readability{MinSentences: 3, MinWords: 30, FleschInfoBelow: 60, FleschWarnBelow: 30,
			IDWordsPerSent: 20, IDLongWordShare: 0.25, IDLongWordSyll: 4, IDFrySyllables: 160, IDFryMinWords: 100}
	})
}

// Doc documents the rule.
func (*Readability) Doc() lint.Doc {
	return lint.Doc{
		ID:        "readability",
		Category:  lint.CategoryClarity,
		Severity:  lint.Info,
		Summary:   i18n.English("en: Flesch reading ease below 60 (warning below 30); id: sentence and syllable statistics only"),
		Rationale: i18n.English("For English, Microsoft recommends a Flesch reading ease of 60–70 for most documents; below 30 is very difficult. The formula is calibrated for English only: applied to Indonesian it gives meaningless scores (an average of −15.79 for an Indonesian school e-book), and Yoast removes it for Indonesian. So Indonesian posts get the components instead: words per sentence, the share of long words (4+ syllables) and, from 100 words, the Indonesian Fry graph coordinates (syllables × 0.6). All thresholds are options; the Indonesian ones are postlint's own judgement."),
		Source:    "Microsoft Office Help on Flesch reading ease and readability statistics; Harjasujana and Mulyati (1996), the Fry graph adapted for Indonesian; Yoast SEO's Indonesian language support, which leaves out the Flesch score",
		Bad:       i18n.English("In accordance with the applicable regulations, the implementation of administrative population services is conducted electronically through the integrated application."),
		Good:      i18n.English("You can now apply for an ID card online. Open the app, fill in the form, and pick up the card the next day."),
		Options: []lint.OptionDoc{
			{Name: "min_sentences", Help: i18n.English("sentences a post needs before it is scored")},
			{Name: "min_words", Help: i18n.English("words a post needs before it is scored")},
			{Name: "flesch_info_below", Help: i18n.English("English: reading ease below which a note is given")},
			{Name: "flesch_warn_below", Help: i18n.English("English: reading ease below which a warning is given")},
			{Name: "id_words_per_sentence", Help: i18n.English("Indonesian: mean words per sentence above which a note is given")},
			{Name: "id_long_word_share", Help: i18n.English("Indonesian: share (0–1) of long words above which a note is given")},
			{Name: "id_long_word_syllables", Help: i18n.English("Indonesian: syllables that make a word long")},
			{Name: "id_fry_syllables", Help: i18n.English("Indonesian: Fry-ID syllables per 100 words (after × 0.6) above which a note is given")},
			{Name: "id_fry_min_words", Help: i18n.English("Indonesian: words needed before the Fry-ID coordinates are computed")},
		},
	}
}

// Validate checks the options.
func (r *Readability) Validate() error {
	if r.FleschWarnBelow > r.FleschInfoBelow {
		return fmt.Errorf("flesch_warn_below (%g) must not exceed flesch_info_below (%g)", r.FleschWarnBelow, r.FleschInfoBelow)
	}
	if r.IDLongWordShare < 0 || r.IDLongWordShare > 1 {
		return fmt.Errorf("id_long_word_share must be between 0 and 1, got %g", r.IDLongWordShare)
	}
	if r.MinSentences < 1 || r.MinWords < 1 || r.IDLongWordSyll < 1 || r.IDFryMinWords < 1 {
		return fmt.Errorf("min_sentences, min_words, id_long_word_syllables and id_fry_min_words must be at least 1")
	}
	return nil
}

// readStats are the counts of one sentence or post.
type readStats struct {
	sentences, words, syllables, long int
}

func (s readStats) wordsPerSentence() float64 { return float64(s.words) / float64(s.sentences) }
func (s readStats) syllablesPerWord() float64 { return float64(s.syllables) / float64(s.words) }

// flesch is the Flesch reading ease.
func (s readStats) flesch() float64 {
	return 206.835 - 1.015*s.wordsPerSentence() - 84.6*s.syllablesPerWord()
}

// hardestSentences keeps the hardest sentence in each language's measure
// as the sentences go by, the first of equals: each sentence is judged on
// its own counts, so no list of them is needed.
type hardestSentences struct {
	seen           bool
	en, id         readStats // the lowest reading ease; the most words and long words
	enSpan, idSpan prose.Span
}

func (h *hardestSentences) add(st readStats, span prose.Span) {
	if !h.seen || st.flesch() < h.en.flesch() {
		h.en, h.enSpan = st, span
	}
	if !h.seen || st.words+st.long > h.id.words+h.id.long {
		h.id, h.idSpan = st, span
	}
	h.seen = true
}

// Check scores the post in its language.
func (r *Readability) Check(p *Pass) {
	if p.Lang != i18n.EN && p.Lang != i18n.ID {
		return
	}
	a := p.Text
	var total readStats
	var hardest hardestSentences
	for _, s := range proseSentences(a) {
		st := readStats{sentences: 1}
		for _, w := range s.Words {
			if w.Kind != prose.Word {
				continue // numbers have no syllables to count
			}
			n := prose.Syllables(a.Text[w.Start:w.End], p.Lang)
			st.words++
			st.syllables += n
			if n >= r.IDLongWordSyll {
				st.long++
			}
		}
		if st.words == 0 {
			continue
		}
		hardest.add(st, s.Span)
		total.sentences++
		total.words += st.words
		total.syllables += st.syllables
		total.long += st.long
	}
	if total.sentences < r.MinSentences || total.words < r.MinWords {
		return
	}
	if p.Lang == i18n.EN {
		r.english(p, total, hardest.enSpan)
	} else {
		r.indonesian(p, total, hardest.idSpan)
	}
}

// english reports a post below the Flesch thresholds, underlining its
// hardest sentence.
func (r *Readability) english(p *Pass, total readStats, hardest prose.Span) {
	score := total.flesch()
	if score >= r.FleschInfoBelow {
		return
	}
	sev, band := lint.Info, i18n.T("fairly difficult", "agak sulit")
	switch {
	case score < r.FleschWarnBelow:
		sev, band = lint.Warning, i18n.T("very difficult", "sangat sulit")
	case score < 50:
		band = i18n.T("difficult", "sulit")
	}
	p.Report(Report{
		Start: hardest.Start, End: hardest.End, Severity: sev,
		Message: i18n.Sprintf("Flesch reading ease %d (%s; aim for %s or more): %s words per sentence, %s syllables per word; the hardest sentence is underlined",
			"skor Flesch reading ease %d (%s; usahakan %s atau lebih): %s kata per kalimat, %s suku kata per kata; kalimat tersulit digarisbawahi",
			int(math.Round(score)), band, localNumber(r.FleschInfoBelow, 0), localNumber(total.wordsPerSentence(), 1), localNumber(total.syllablesPerWord(), 2)),
		Suggestion: i18n.T("use shorter sentences and everyday words (\"use\", not \"utilize\"; \"help\", not \"facilitate\")",
			"pakai kalimat lebih pendek dan kata sehari-hari (\"use\", bukan \"utilize\"; \"help\", bukan \"facilitate\")"),
	})
}

// indonesian reports a post over the Indonesian thresholds, underlining its
// hardest sentence.
func (r *Readability) indonesian(p *Pass, total readStats, hardest prose.Span) {
	// Decide first, then word the message: most posts are under every
	// threshold and need no text.
	wps := total.wordsPerSentence()
	overWPS := r.IDWordsPerSent > 0 && wps > r.IDWordsPerSent
	share := float64(total.long) / float64(total.words)
	overShare := r.IDLongWordShare > 0 && share > r.IDLongWordShare
	fry := total.words >= r.IDFryMinWords
	var sents, syl float64
	overFry := false
	if fry {
		sents = 100 * float64(total.sentences) / float64(total.words)
		syl = 0.6 * 100 * float64(total.syllables) / float64(total.words)
		overFry = r.IDFrySyllables > 0 && syl > r.IDFrySyllables
	}
	if !overWPS && !overShare && !overFry {
		return
	}
	var parts []i18n.Text
	part := i18n.Sprintf("%s words per sentence on average", "rata-rata %s kata per kalimat", localNumber(wps, 1))
	if overWPS {
		part = i18n.Sprintf("%s (over %s)", "%s (lebih dari %s)", part, localNumber(r.IDWordsPerSent, 0))
	}
	parts = append(parts, part)
	part = i18n.Sprintf("%d%% of words have %d+ syllables", "%d%% kata bersuku kata %d atau lebih", shareOf(total.long, total.words), r.IDLongWordSyll)
	if overShare {
		part = i18n.Sprintf("%s (over %d%%)", "%s (lebih dari %d%%)", part, int(r.IDLongWordShare*100+0.5))
	}
	parts = append(parts, part)
	if fry {
		part = i18n.Sprintf("Fry-ID: %s sentences and %s syllables (× 0.6) per 100 words", "Fry-ID: %s kalimat dan %s suku kata (× 0,6) per 100 kata", localNumber(sents, 1), localNumber(syl, 0))
		if overFry {
			part = i18n.Sprintf("%s (over %s)", "%s (lebih dari %s)", part, localNumber(r.IDFrySyllables, 0))
		}
		parts = append(parts, part)
	}
	en := make([]string, len(parts))
	id := make([]string, len(parts))
	for i, t := range parts {
		en[i], id[i] = t.EN, t.ID
	}
	p.Report(Report{
		Start: hardest.Start, End: hardest.End,
		Message: i18n.Sprintf("hard to read: %s; the hardest sentence is underlined", "sulit dibaca: %s; kalimat tersulit digarisbawahi",
			i18n.T(strings.Join(en, "; "), strings.Join(id, "; "))),
		Suggestion: i18n.T("use shorter sentences and everyday words (\"kini\", not \"pada saat ini\"; \"memeriksa\", not \"melakukan pemeriksaan\")",
			"pakai kalimat lebih pendek dan kata sehari-hari (\"kini\", bukan \"pada saat ini\"; \"memeriksa\", bukan \"melakukan pemeriksaan\")"),
	})
}

// localNumber formats a number in both languages: "4.3" and "4,3".
func localNumber(f float64, decimals int) i18n.Text {
	s := strconv.FormatFloat(f, 'f', decimals, 64)
	return i18n.T(s, strings.Replace(s, ".", ",", 1))
}

// Requires declares the analysis views the rule reads.
func (*Readability) Requires() []AnyView {
	return []AnyView{viewProseSentences}
}
