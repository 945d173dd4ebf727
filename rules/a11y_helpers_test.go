package rules

import (
	"testing"

	"github.com/postlint/postlint/twittertext"
)

// TestA11yDocExamples lints the Bad and Good examples of the accessibility
// and format rules in both languages: the bad ones must be reported, the
// good ones must pass, so `postlint explain` never shows an example the
// rule disagrees with.
func TestA11yDocExamples(t *testing.T) {
	for _, id := range []string{"alt-text-quality", "video-captions-missing", "hashtag-case", "emoji-misuse", "fake-formatting", "markdown-syntax", "invalid-characters"} {
		r, ok := New(id)
		if !ok {
			t.Fatalf("rule %s is not registered", id)
		}
		d := Translated(r.Doc())
		for lang, src := range map[string]string{"en": d.Bad.EN, "id": d.Bad.ID} {
			if fs := checkDraft(t, r, src); len(fs) == 0 {
				t.Errorf("%s: the %s bad example gives no finding: %q", id, lang, src)
			}
		}
		for lang, src := range map[string]string{"en": d.Good.EN, "id": d.Good.ID} {
			if fs := checkDraft(t, r, src); len(fs) != 0 {
				t.Errorf("%s: the %s good example gives %d findings: %q %+v", id, lang, len(fs), src, fs[0].Message)
			}
		}
	}
}

func TestEntityAt(t *testing.T) {
	es := []twittertext.Entity{{Start: 2, End: 4}, {Start: 7, End: 8}}
	for off, want := range map[int]bool{0: false, 2: true, 3: true, 4: false, 6: false, 7: true, 8: false, 100: false} {
		if got := entityAt(es, off); got != want {
			t.Errorf("entityAt(%d) = %v, want %v", off, got, want)
		}
	}
	if entityAt(nil, 0) {
		t.Error("no entities, no hit")
	}
}

func TestCodePointList(t *testing.T) {
	if got, want := codePointList("\u200B\u200B\u202E<\u00A0"), "U+200B ZERO WIDTH SPACE, U+202E RIGHT-TO-LEFT OVERRIDE, U+003C LESS-THAN SIGN, U+00A0"; got != want {
		t.Errorf("codePointList = %q, want %q", got, want)
	}
}
