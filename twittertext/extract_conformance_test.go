package twittertext

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestConformanceExtractStrings(t *testing.T) {
	f := loadConformance(t, "extract.yml")
	for _, sec := range []struct {
		name    string
		extract func(string) []Entity
	}{
		{"urls", ExtractURLs},
		{"tco_urls_with_params", ExtractURLs},
		{"hashtags", ExtractHashtags},
		{"hashtags_from_astral", ExtractHashtags},
		{"mentions", ExtractMentions},
		{"cashtags", ExtractCashtags},
	} {
		t.Run(sec.name, func(t *testing.T) {
			for _, c := range section(t, f, sec.name) {
				t.Run(c.Description, func(t *testing.T) {
					var want []string
					decodeExpected(t, c, &want)
					got := texts(sec.extract(c.Text))
					if diff := cmp.Diff(want, got, cmpEmptyEqual); diff != "" {
						t.Errorf("text %q (-want +got):\n%s", c.Text, diff)
					}
				})
			}
		})
	}
}

// cmpEmptyEqual treats nil and empty slices alike ("expected: []" versus
// no entities).
var cmpEmptyEqual = cmp.Comparer(func(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
})

type indexedEntity struct {
	Text    string
	Slug    string
	Indices [2]int
}

func TestConformanceExtractIndices(t *testing.T) {
	f := loadConformance(t, "extract.yml")
	for _, sec := range []struct {
		name, key string
		extract   func(string) []indexedEntity
	}{
		{"urls_with_indices", "url", entitiesAt(ExtractURLs)},
		{"urls_with_directional_markers", "url", entitiesAt(ExtractURLs)},
		{"hashtags_with_indices", "hashtag", entitiesAt(ExtractHashtags)},
		{"mentions_with_indices", "screen_name", entitiesAt(ExtractMentions)},
		{"cashtags_with_indices", "cashtag", entitiesAt(ExtractCashtags)},
		{"mentions_or_lists_with_indices", "screen_name", mentionsOrListsAt},
	} {
		t.Run(sec.name, func(t *testing.T) {
			for _, c := range section(t, f, sec.name) {
				t.Run(c.Description, func(t *testing.T) {
					var raw []map[string]any
					decodeExpected(t, c, &raw)
					want := make([]indexedEntity, 0, len(raw))
					for _, m := range raw {
						e := indexedEntity{Text: m[sec.key].(string)}
						if slug, ok := m["list_slug"].(string); ok {
							e.Slug = slug
						}
						idx := m["indices"].([]any)
						e.Indices = [2]int{idx[0].(int), idx[1].(int)}
						want = append(want, e)
					}
					got := sec.extract(c.Text)
					if got == nil {
						got = []indexedEntity{}
					}
					if diff := cmp.Diff(want, got); diff != "" {
						t.Errorf("text %q (-want +got):\n%s", c.Text, diff)
					}
				})
			}
		})
	}
}

func entitiesAt(extract func(string) []Entity) func(string) []indexedEntity {
	return func(text string) []indexedEntity {
		var out []indexedEntity
		for _, e := range extract(text) {
			out = append(out, indexedEntity{
				Text:    e.Text,
				Indices: [2]int{codePointIndex(text, e.Start), codePointIndex(text, e.End)},
			})
		}
		return out
	}
}

func mentionsOrListsAt(text string) []indexedEntity {
	var out []indexedEntity
	for _, m := range ExtractMentionsOrLists(text) {
		out = append(out, indexedEntity{
			Text:    m.Text,
			Slug:    m.ListSlug,
			Indices: [2]int{codePointIndex(text, m.Start), codePointIndex(text, m.End)},
		})
	}
	return out
}

func TestConformanceReplies(t *testing.T) {
	f := loadConformance(t, "extract.yml")
	for _, c := range section(t, f, "replies") {
		t.Run(c.Description, func(t *testing.T) {
			var want *string
			decodeExpected(t, c, &want)
			got, ok := ExtractReply(c.Text)
			switch {
			case want == nil && ok:
				t.Errorf("ExtractReply(%q) = %q, want no reply", c.Text, got)
			case want != nil && (!ok || got != *want):
				t.Errorf("ExtractReply(%q) = %q, %v, want %q", c.Text, got, ok, *want)
			}
		})
	}
}

func TestConformanceTLDs(t *testing.T) {
	f := loadConformance(t, "tlds.yml")
	for _, name := range []string{"country", "generic"} {
		t.Run(name, func(t *testing.T) {
			for _, c := range section(t, f, name) {
				t.Run(c.Description, func(t *testing.T) {
					var want []string
					decodeExpected(t, c, &want)
					got := texts(ExtractURLs(c.Text))
					if diff := cmp.Diff(want, got, cmpEmptyEqual); diff != "" {
						t.Errorf("text %q (-want +got):\n%s", c.Text, diff)
					}
				})
			}
		})
	}
}
