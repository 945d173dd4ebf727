package rules

import (
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// Blocklist reports terms from the team's own blocklist: postlint ships no
// terms, users list them with [words.<lang>] blocklist = [...] or
// blocklist_file = "path" (one term per line, "term => suggestion"
// allowed). Matching is on normalised words: case folded, repeated letters
// collapsed ("bangsaaat" = "bangsat"), "q" read as "k" ("qampret") and,
// with leetspeak on, digits read as letters ("b4ngs4t"). A one-word entry
// also matches with its final t and d swapped ("bangsad"), and an
// Indonesian one-word entry matches in its affixed forms, generated once
// per run (blockForms, affixes_id.go): "dungu" catches "dungunya",
// "mendungukan", "kedunguan" and "dungu-dungu". A root shorter
// than four letters takes suffixes only and one shorter than three matches
// as written, so "tai" never matches "petai"; a generated form that is an
// ordinary word (common-words list, "membabi") is left out. Phrases of
// several words match as written. Links and mentions are skipped; hashtags
// are not. The forms (about 150 per root) are built when the first post
// reaches the rule, not at start-up: on the development machine a 200-word
// list took about 40 ms and a 1,000-word list about 0.2 s, once per run.
//
// It is a list rule (blocklist below) with one typed option.
type Blocklist struct {
	ListRule
	Leetspeak bool `toml:"leetspeak"`
}

func init() { register("blocklist", func() Rule { return newBlocklist(true) }) }

// newBlocklist returns the rule with the leetspeak option set.
func newBlocklist(leetspeak bool) *Blocklist {
	return &Blocklist{ListRule: *blocklist(), Leetspeak: leetspeak}
}

// Check reports the blocklisted terms, read through leetspeak when the
// option says so.
func (r *Blocklist) Check(p *Pass) {
	l := r.ListRule
	l.Norm = normRespell
	if r.Leetspeak {
		l.Norm = normLeet
	}
	l.Check(p)
}

// blocklist declares the rule's list: the blocklist's matches outside
// links and mentions.
func blocklist() *ListRule {
	return &ListRule{Meta: lint.Doc{
		ID:        "blocklist",
		Category:  lint.CategoryTrust,
		Severity:  lint.Error,
		Context:   lint.TrustContext,
		Summary:   i18n.English("a term from your team's blocklist (none built in)"),
		Rationale: i18n.English("Slurs, SARA insults and local proxies for them change with place and time, and UU ITE Pasal 28(2) makes spreading hatred against groups a crime, so each team keeps its own list. postlint ships none. Add terms with [words.id] blocklist = [\"…\"] or blocklist_file = \"lexicon/blocklist.txt\" (one term per line, '#' comments, \"term => suggestion\"). Public lexicons such as the Indonesian abusive-word list of Ibrohim & Budi (CC BY-NC-SA) can be used as a local file but are not bundled. Terms match whole words after folding case, collapsing repeated letters (\"bangsaaat\"), reading q as k (\"qampret\") and reading leetspeak (\"b4ngs4t\", \"b@ngsat\"; option leetspeak); a one-word term also matches with its final t and d swapped (\"bangsad\"). A one-word term in [words.id] also matches its Indonesian affixed forms: prefixes di-, ter-, ber-, meN- and peN- with their nasal changes (tipu: menipu, penipu), the confix ke-…-an, suffixes -nya, -kan, -i, -an, -lah, -kah, -mu, -ku, and reduplication (dungu: dungunya, mendungukan, kedunguan, dungu-dungu). A term shorter than four letters takes suffixes only and one shorter than three matches as written, so that \"tai\" does not match \"petai\"; affixed forms that are ordinary words (\"membabi\" in \"membabi buta\") are left out. Phrases of several words match as written."),
		Source:    "Meta Community Standards on hateful conduct; Indonesia's Electronic Information and Transactions Law (UU ITE), Article 28(2) as amended in 2024, on spreading hatred against groups",
		Bad:       i18n.English("(with blocklist = [\"idiot\"]) Only an 1d10t would miss this deadline."),
		Good:      i18n.English("Registration closes on Friday: sign up today."),
		Options: []lint.OptionDoc{
			{Name: "leetspeak", Help: i18n.English("read digits and '@' inside words as letters (4→a, 1→i, 0→o, 3→e, 5→s, 7→t, @→a)")},
		},
	},
		List: wordList("blocklist"), Norm: normLeet, Skip: skipLinksMentions,
		Message:         i18n.T("%q is on your blocklist", "%q ada di daftar larangan Anda"),
		Respelled:       i18n.T("%q is on your blocklist (as %q)", "%q ada di daftar larangan Anda (sebagai %q)"),
		Quote:           quoteWritten,
		Suggestion:      i18n.T("remove the term or rephrase without it", "hapus istilah itu atau ubah kalimatnya"),
		EntrySuggestion: i18n.T("write %q", "tulis %q"),
	}
}
