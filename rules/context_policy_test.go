package rules

import (
	"sort"
	"strings"
	"testing"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// policyProbe reports every occurrence of its phrases (ignoring case) at
// its default severity, and one metadata finding when meta is set, under
// the context policy its Doc declares: it only reports spans, as rules
// do, so what changes is the pass's doing.
type policyProbe struct {
	context lint.Context
	phrases []string
	meta    bool
}

func (r *policyProbe) Doc() lint.Doc {
	return lint.Doc{ID: "policy-probe", Category: lint.CategoryTrust, Severity: lint.Error, Context: r.context,
		Summary: i18n.T("probe", "penanda")}
}

func (r *policyProbe) Check(p *Pass) {
	low := strings.ToLower(p.Text.Text)
	for _, ph := range r.phrases {
		for off := 0; ; {
			i := strings.Index(low[off:], ph)
			if i < 0 {
				break
			}
			start := off + i
			p.Report(Report{Start: start, End: start + len(ph), Message: i18n.T("probe", "penanda")})
			off = start + len(ph)
		}
	}
	if r.meta {
		p.ReportMeta("title", lint.Off, i18n.T("probe", "penanda"), i18n.Text{})
	}
}

// TestContextPolicy checks each context policy a rule can declare, applied
// by Pass.Report and Pass.ReportMeta, in Indonesian and English drafts.
func TestContextPolicy(t *testing.T) {
	id := []string{"sebarkan"}
	en := []string{"share now"}
	cases := []struct {
		name    string
		context lint.Context
		phrases []string
		meta    bool
		src     string
		want    []string
	}{
		// No policy: where a finding stands changes nothing.
		{"none: id quoted keeps its level", 0, id, false,
			"Warga menerima pesan \"sebarkan sekarang\" di grup.", []string{"error sebarkan"}},
		{"none: id under a label keeps its level", 0, id, true,
			"[HOAKS] Pesan \"sebarkan sekarang\" itu palsu.", []string{"error sebarkan", "error <meta>"}},

		// QuotedDrops: quoted speech drops one level.
		{"quoted: id quoted error drops to warning", lint.QuotedDrops, id, false,
			"Warga menerima pesan \"sebarkan sekarang\" di grup.\nJangan sebarkan hoaks.", []string{"error sebarkan", "warning sebarkan"}},
		{"quoted: en quoted error drops to warning", lint.QuotedDrops, en, false,
			"The message said \u201cshare now or lose your account\u201d. Please share now.", []string{"error share now", "warning share now"}},
		{"quoted: a label alone changes nothing", lint.QuotedDrops, id, true,
			"[HOAKS] Sebarkan sekarang!", []string{"error Sebarkan", "error <meta>"}},
		{"quoted: a span running out of the quotes is not quoted", lint.QuotedDrops, []string{"sekarang\" di"}, false,
			"Pesan \"sebarkan sekarang\" di grup.", []string{"error sekarang\" di"}},

		// DebunkDrops: a debunk label in the first line drops one level.
		{"debunk: id [HOAKS] drops one level", lint.DebunkDrops, id, false,
			"[HOAKS] Sebarkan sekarang, katanya.", []string{"warning Sebarkan"}},
		{"debunk: id [CEK FAKTA] drops one level", lint.DebunkDrops, id, false,
			"[CEK FAKTA] Pesan berantai soal bantuan\n\nIsinya: sebarkan ke semua grup.", []string{"warning sebarkan"}},
		{"debunk: en Fact check drops one level", lint.DebunkDrops, en, false,
			"Fact check: the post asking you to share now is false.", []string{"warning share now"}},
		{"debunk: quoted drops only one level without QuotedDrops", lint.DebunkDrops, id, false,
			"[SALAH] Pesan \"sebarkan sekarang\" tidak benar.", []string{"warning sebarkan"}},
		{"debunk: a metadata finding drops too", lint.DebunkDrops, nil, true,
			"[HOAKS] Foto lama banjir Bekasi.", []string{"warning <meta>"}},
		{"debunk: a label in the second line is no label", lint.DebunkDrops, id, true,
			"Sebarkan sekarang!\n[HOAKS] bukan label di sini", []string{"error Sebarkan", "error <meta>"}},
		{"debunk: en the word hoax in a sentence is no label", lint.DebunkDrops, en, false,
			"Hoax or not, share now before it's gone.", []string{"error share now"}},

		// TrustContext: both; a quoted finding under a label is info.
		{"trust: id quoted under [HOAKS] is info", lint.TrustContext, id, false,
			"[HOAKS] Pesan \"sebarkan sekarang\" itu palsu. Jangan sebarkan.", []string{"info sebarkan", "warning sebarkan"}},
		{"trust: id quoted under Cek Fakta is info", lint.TrustContext, id, false,
			"Cek Fakta: pesan 'sebarkan!' itu palsu.", []string{"info sebarkan"}},
		{"trust: en quoted under Fact check is info", lint.TrustContext, en, false,
			"Fact check: the \"share now\" message is false.", []string{"info share now"}},
		{"trust: en quoted without a label is a warning", lint.TrustContext, en, false,
			"They wrote \"share now\" under every post.", []string{"warning share now"}},
		{"trust: metadata is never quoted", lint.TrustContext, nil, true,
			"Pesan \"sebarkan\" itu palsu.", []string{"error <meta>"}},

		// QuotedSkipped: quoted words are someone else's.
		{"skip quoted: id quoted finding dropped", lint.QuotedSkipped, id, false,
			"Ia menulis \"sebarkan\" di grup. Kami tidak akan sebarkan data.", []string{"error sebarkan"}},
		{"skip quoted: en quoted finding dropped", lint.QuotedSkipped, en, true,
			"She wrote \u2018share now\u2019 in the group.", []string{"error <meta>"}},
		{"skip quoted wins over quoted drops", lint.QuotedSkipped | lint.QuotedDrops, id, false,
			"Ia menulis \"sebarkan\" di grup.", nil},

		// FirstLineOnly: only the first line counts.
		{"first line: id second line dropped", lint.FirstLineOnly, id, false,
			"Sebarkan info ini\nLalu sebarkan lagi.", []string{"error Sebarkan"}},
		{"first line: en first line after blank lines", lint.FirstLineOnly, en, false,
			"\n\nShare now: free ID cards\nShare now with family.", []string{"error Share now"}},
		{"first line: metadata is kept", lint.FirstLineOnly, id, true,
			"Info vaksin\nSebarkan ke keluarga.", []string{"error <meta>"}},
		{"first line with trust context", lint.FirstLineOnly | lint.TrustContext, id, false,
			"[HOAKS] \"Sebarkan!\" kata pesan itu\nsebarkan", []string{"info Sebarkan"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := describe(tc.src, checkDraft(t, &policyProbe{context: tc.context, phrases: tc.phrases, meta: tc.meta}, tc.src))
			want := append([]string(nil), tc.want...)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("findings:\n  got  %q\n  want %q", got, want)
			}
		})
	}
}

// TestContextExplain checks that each policy is described in both
// languages for `postlint explain` and the rule pages.
func TestContextExplain(t *testing.T) {
	if !lint.Context(0).Explain().IsZero() {
		t.Error("the zero policy has a description")
	}
	for _, c := range []lint.Context{lint.QuotedDrops, lint.DebunkDrops, lint.QuotedSkipped, lint.FirstLineOnly, lint.TrustContext} {
		e := c.Explain()
		if e.EN == "" || e.ID == "" || e.EN == e.ID {
			t.Errorf("policy %d: description %+v", c, e)
		}
	}
	if e := lint.TrustContext.Explain().EN; !strings.Contains(e, "quoted one is info") {
		t.Errorf("trust context description %q does not say quoted findings under a label are info", e)
	}
}

// TestTrustRulesDeclareTheirContext keeps every trust rule on the shared
// context policy: a fact check quoting a hoax must not be reported as one,
// whichever rule looks at it.
func TestTrustRulesDeclareTheirContext(t *testing.T) {
	for _, r := range All() {
		d := r.Doc()
		if d.Category == lint.CategoryTrust && !d.Context.Has(lint.TrustContext) {
			t.Errorf("%s: trust rule without lint.TrustContext", d.ID)
		}
	}
}
