package rules

import (
	"testing"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// docTexts lists a Doc's translatable texts by field.
func docTexts(d lint.Doc) map[string]i18n.Text {
	texts := map[string]i18n.Text{"Summary": d.Summary, "Rationale": d.Rationale, "Bad": d.Bad, "Good": d.Good}
	for _, o := range d.Options {
		texts["option "+o.Name] = o.Help
	}
	return texts
}

// TestDocsTranslations keeps i18n/docs/id.toml in step with the rules:
// every built-in rule declares its docs in English (i18n.English) and the
// catalogue has each text's Indonesian, and the catalogue holds no text
// a rule no longer has.
func TestDocsTranslations(t *testing.T) {
	cat, err := i18n.RuleDocs(i18n.ID)
	if err != nil {
		t.Fatal(err)
	}
	used := map[i18n.DocKey]bool{}
	for _, r := range All() {
		d := r.Doc()
		translated := docTexts(Translated(d))
		for field, text := range docTexts(d) {
			if text.EN == "" {
				continue
			}
			if text.ID != "" {
				t.Errorf("%s: %s has its Indonesian in the code; declare it with i18n.English and move the text to i18n/docs/id.toml", d.ID, field)
				continue
			}
			used[i18n.DocKey{Rule: d.ID, EN: text.EN}] = true
			if translated[field].ID == "" {
				t.Errorf("%s: i18n/docs/id.toml lacks the Indonesian of %s %q", d.ID, field, text.EN)
			}
		}
	}
	for _, k := range cat.Keys() {
		if !used[k] {
			t.Errorf("i18n/docs/id.toml translates %q of %s, which no rule's docs say any more", k.EN, k.Rule)
		}
	}
}

// TestTranslatedLeavesTheRuleAlone: filling in translations copies the
// options, so a rule's own Doc is never changed.
func TestTranslatedLeavesTheRuleAlone(t *testing.T) {
	r, _ := New("hashtag-count")
	d := r.Doc()
	if len(d.Options) == 0 {
		t.Fatal("hashtag-count has no options to check")
	}
	got := Translated(d)
	if got.Summary.ID == "" || got.Options[0].Help.ID == "" {
		t.Errorf("not translated: %+v", got)
	}
	if d.Options[0].Help.ID != "" {
		t.Error("Translated changed the Doc it was given")
	}
	if c, ok := TranslatedBuiltinDoc("hashtag-count"); !ok || c.Summary.ID == "" {
		t.Error("TranslatedBuiltinDoc is not translated")
	}
}

// TestBuiltinDocIsEnglish: the engine looks docs up on the lint path, where
// reading the translations would only cost time.
func TestBuiltinDocIsEnglish(t *testing.T) {
	if d, _ := BuiltinDoc("hashtag-count"); d.Summary.ID != "" {
		t.Errorf("BuiltinDoc filled in a translation: %q", d.Summary.ID)
	}
}
