package rules

// The views of per-platform rules: the part of their work that does not
// depend on the platform, done once per post and read on every platform
// the post targets (TestPerPlatformRulesSameAsReference compares the rules
// with their per-platform reference).

// perPlatformViews are the cells of the views below. The slices are held
// by pointers, nil when there is nothing to hold (most posts), which keep
// the Analysis in its allocation size class.
type perPlatformViews struct {
	invisible    *[]Report
	captionWords *[]string
	captionCount int
}

// viewInvisibleReports is what invalid-characters reports on a platform
// that forbids no character: the invisible and control characters, nil
// for none. It is the same on a platform whose forbidden characters the
// text lacks.
var viewInvisibleReports = &View[*[]Report]{
	Name: "invisible-reports", slot: slotInvisibleReports,
	Requires: []AnyView{viewEmoji},
	Run: func(a *Analysis) *[]Report {
		var out []Report
		scanInvalidCharacters(a.Text, a.Emoji(), "", "", func(r Report) { out = append(out, r) })
		if out == nil {
			return nil // and no allocation: most posts have none
		}
		held := out
		return &held
	},
	cell: func(a *Analysis) **[]Report { return &a.perPlatform.invisible },
}

// viewAltCaptionWords is the caption's words as alt-text-quality compares
// them with each alt text: those of the text before its closing hashtags.
var viewAltCaptionWords = &View[*[]string]{
	Name: "alt-caption-words", slot: slotAltCaptionWords,
	Requires: []AnyView{viewHashtags, viewMentions, viewEmoji},
	Run: func(a *Analysis) *[]string {
		words := altWords(a.Text[:closingTagsStart(a)])
		return &words
	},
	cell: func(a *Analysis) **[]string { return &a.perPlatform.captionWords },
}

// viewCaptionCount is the number of characters caption-length counts: of
// the text before its closing hashtags. The rule asks for it only when
// the bytes do not settle the post.
var viewCaptionCount = &View[int]{
	Name: "caption-count", slot: slotCaptionCount,
	Requires: []AnyView{viewHashtags, viewMentions, viewEmoji},
	Run:      func(a *Analysis) int { return graphemes(a.Text[:closingTagsStart(a)]) },
	cell:     func(a *Analysis) *int { return &a.perPlatform.captionCount },
}
