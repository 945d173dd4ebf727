package rules

// A view is one declared, typed, memoised piece of the text analysis of a
// post (its sentences, its words, its entity mask…), in the manner of
// golang.org/x/tools/go/analysis: a view has a name, the views it requires
// and a run function, and View.Of computes it at most once per post, on
// first use (its run reads the views it requires, which are computed then
// if they were not before), and keeps the result in the post's Analysis.
//
// The result lives in a typed field of Analysis (the view's cell), and
// whether it has been computed in one bit of Analysis.done (the view's
// slot): reading a computed view is a bit test and a load, with no map, no
// interface boxing and no allocation on the hot path. Declarations are
// immutable package-level values; all per-post state is in the Analysis.

// AnyView is a view of any result type, as listed in Requires.
type AnyView interface {
	// ViewName is the view's name, as a rule's declaration and the view
	// access check report it.
	ViewName() string
	slotOf() viewSlot
	requires() []AnyView
	ensure(a *Analysis)
	// result is the view's cell in a, computed or not, for tests that
	// compare analyses.
	result(a *Analysis) any
}

// ViewReader is implemented by a rule that reads analysis views: Requires
// declares them, next to the rule (TestRuleViewsDeclared checks that a
// rule reads no view it does not declare). The views its context policy
// reads in Pass.Report (contextViews) need no declaration.
type ViewReader interface {
	Requires() []AnyView
}

// View is a declared analysis view whose result has type T.
type View[T any] struct {
	// Name identifies the view in declarations and test failures.
	Name string
	// Requires lists the views Run may read (TestViewRequires checks
	// that it reads no other).
	Requires []AnyView
	// Run computes the view for one post.
	Run func(a *Analysis) T

	slot viewSlot
	cell func(a *Analysis) *T
}

// ViewName returns the view's name.
func (v *View[T]) ViewName() string { return v.Name }

func (v *View[T]) slotOf() viewSlot { return v.slot }

func (v *View[T]) requires() []AnyView { return v.Requires }

func (v *View[T]) ensure(a *Analysis) { v.Of(a) }

func (v *View[T]) result(a *Analysis) any { return *v.cell(a) }

// Of returns the view of a's post, computing it on first use. Run reads
// the views it requires through their Of, so they are computed first and
// only when needed: a view that needs a requirement for some posts only
// (the hashtags need the links only when the post has a '#') does not
// make every post pay for it.
func (v *View[T]) Of(a *Analysis) T {
	if a.trace != nil {
		a.trace.read(v)
	}
	if a.done&(1<<v.slot) == 0 {
		if a.trace != nil {
			a.trace.push(v.slot)
		}
		*v.cell(a) = v.Run(a)
		a.done |= 1 << v.slot
		if a.trace != nil {
			a.trace.pop()
		}
	}
	return *v.cell(a)
}

// viewSlot numbers a declared view: its bit in Analysis.done. Slots are
// constants so that the declarations stay immutable.
type viewSlot uint8

const (
	slotSentences viewSlot = iota
	slotParagraphs
	slotWords
	slotTokens
	slotLang
	slotAllURLs
	slotURLs
	slotHashtags
	slotMentions
	slotEmoji
	slotQuoted
	slotFolded
	slotFirstLine
	slotFirstSentence
	slotDateline
	slotEntityMask
	slotProseSentences
	slotTrustEntities
	slotBaitHits
	slotTitleChain
	slotInvisibleReports
	slotAltCaptionWords
	slotCaptionCount
	numViews
)

// Analysis.done has one bit per view.
var _ = [64 - numViews]struct{}{}

// viewTrace records which views are read, and by whom, while a test
// checks the declarations (see Declared); it is nil when linting.
type viewTrace struct {
	// byRule holds the views read outside any view's Run: by the rule.
	byRule [numViews]bool
	// byView[s][r] is set when view s's Run read view r.
	byView [numViews][numViews]bool
	stack  []viewSlot
	names  [numViews]string
}

func (t *viewTrace) read(v AnyView) {
	s := v.slotOf()
	t.names[s] = v.ViewName()
	if n := len(t.stack); n > 0 {
		t.byView[t.stack[n-1]][s] = true
		return
	}
	t.byRule[s] = true
}

func (t *viewTrace) push(s viewSlot) { t.stack = append(t.stack, s) }
func (t *viewTrace) pop()            { t.stack = t.stack[:len(t.stack)-1] }
