package rules

import (
	"strings"
	"testing"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

func TestTrustSeverity(t *testing.T) {
	lex := lexicon(t)
	tests := []struct {
		name, text, span string
		sev, want        lint.Severity
	}{
		{"plain error stays", "Sebarkan sebelum dihapus!", "Sebarkan", lint.Error, lint.Error},
		{"quoted error drops one level", "Warga menerima pesan \"sebarkan sebelum dihapus\".", "sebarkan", lint.Error, lint.Warning},
		{"quoted warning drops to info", "Ia menulis \"AWAS\" di grup.", "AWAS", lint.Warning, lint.Info},
		{"info stays info", "Ia menulis \"AWAS\" di grup.", "AWAS", lint.Info, lint.Info},
		{"label: unquoted drops one level", "[HOAKS] Sebarkan sebelum dihapus, katanya.", "Sebarkan", lint.Error, lint.Warning},
		{"label: quoted becomes info", "[SALAH] Pesan \"sebarkan sebelum dihapus\" tidak benar.", "sebarkan", lint.Error, lint.Info},
		{"cek fakta label", "Cek Fakta: pesan 'viralkan!' itu palsu.", "viralkan", lint.Error, lint.Info},
		{"english label", "Fact check: the \"share before it's deleted\" post is false.", "share", lint.Error, lint.Info},
		{"label after an id code", "(GFD-2020-3885) [SALAH] Sebarkan!", "Sebarkan", lint.Error, lint.Warning},
		{"label only counts in the first line", "Sebarkan!\n[HOAKS] bukan label", "Sebarkan", lint.Error, lint.Error},
		{"the word hoaks in a sentence is no label", "Jangan percaya hoaks, sebarkan sebelum dihapus!", "sebarkan", lint.Error, lint.Error},
		{"cek fakta in a sentence is no label", "Jangan lupa cek fakta sebelum berbagi. SEBARKAN SEBELUM DIHAPUS!", "SEBARKAN", lint.Error, lint.Error},
		{"label after leading emoji", "⚠️ Klarifikasi: pesan \"sebarkan!\" tidak benar.", "sebarkan", lint.Error, lint.Info},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := NewAnalysis(tt.text, lex, []string{i18n.ID, i18n.EN})
			start := strings.Index(tt.text, tt.span)
			if got, _ := applyContext(lint.TrustContext, a, start, start+len(tt.span), tt.sev); got != tt.want {
				t.Errorf("applyContext = %s, want %s", got, tt.want)
			}
		})
	}
	a := NewAnalysis("[HOAKS] foto lama", lex, nil)
	if got, _ := applyContext(lint.TrustContext, a, -1, -1, lint.Error); got != lint.Warning {
		t.Errorf("metadata finding under a label: got %s, want warning", got)
	}
}
