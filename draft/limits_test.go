package draft

import (
	"fmt"
	"strings"
	"testing"
)

// aliasBomb is the "billion laughs" document: nine levels of nine aliases
// each, a few hundred bytes that expand to 9^9 values.
func aliasBomb() string {
	var b strings.Builder
	b.WriteString("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n")
	for c := 'b'; c <= 'i'; c++ {
		prev := c - 1
		fmt.Fprintf(&b, "%c: &%c [%s]\n", c, c, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*%c,", prev), 9), ","))
	}
	b.WriteString("---\nHalo warga.\n")
	return b.String()
}

// problemAt checks that a draft gives exactly one fatal front-matter
// problem, on the given file line, whose message holds want in both
// languages' texts.
func problemAt(t *testing.T, src string, line int, wantEN, wantID string) {
	t.Helper()
	posts := Parse("a.md", FormatMarkdown, []byte(src), Options{})
	if len(posts) != 1 {
		t.Fatalf("got %d posts", len(posts))
	}
	p := posts[0]
	if len(p.Problems) != 1 {
		t.Fatalf("problems = %+v, want one", p.Problems)
	}
	pr := p.Problems[0]
	if pr.Rule != "front-matter" || !pr.Fatal || pr.Range.Start.Line != line ||
		!strings.Contains(pr.Message.EN, wantEN) || !strings.Contains(pr.Message.ID, wantID) {
		t.Errorf("problem = %s line %d fatal=%v %q / %q; want front-matter line %d fatal, %q / %q",
			pr.Rule, pr.Range.Start.Line, pr.Fatal, pr.Message.EN, pr.Message.ID, line, wantEN, wantID)
	}
}

func TestYAMLAliasesAreBounded(t *testing.T) {
	t.Run("billion laughs", func(t *testing.T) {
		src := aliasBomb()
		if len(src) > 400 {
			t.Fatalf("bomb is %d bytes", len(src))
		}
		// The values of d on line 5 are the first to expand past the limit.
		problemAt(t, src, 5, "expand", "alias YAML")
	})
	t.Run("alias inside its own anchor", func(t *testing.T) {
		problemAt(t, "---\na: &a [*a]\n---\nHalo", 2, "YAML alias *a is inside the value its anchor names", "alias YAML *a")
	})
	t.Run("alias inside its own anchor, in a table", func(t *testing.T) {
		problemAt(t, "---\nplatform: x\npostlint: &p\n  hook-fold:\n    again: *p\n---\nHalo", 5, "YAML alias *p", "alias YAML *p")
	})
	t.Run("cycle through two anchors", func(t *testing.T) {
		problemAt(t, "---\na: &a\n  - &b [x, *a]\n---\nHalo", 3, "YAML alias *a", "alias YAML *a")
	})
	t.Run("aliases nesting too deep", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("---\nl0: &l0 [x]\n")
		for i := 1; i <= 40; i++ {
			fmt.Fprintf(&b, "l%d: &l%d [*l%d]\n", i, i, i-1)
		}
		b.WriteString("---\nHalo")
		problemAt(t, b.String(), 34, "more than 32 levels", "lebih dari 32 tingkat")
	})
	t.Run("ordinary aliases still work", func(t *testing.T) {
		p := parseOne(t, "a.md", "---\nhook: &h \"KTP jadi 1 jam\"\ntitle: *h\nplatform: &p [instagram, facebook]\nalt: [\"Antrean\", \"Loket\"]\n---\nIsi")
		if len(p.Problems) != 0 || p.Meta.Title != "KTP jadi 1 jam" || p.Meta.Hook != "KTP jadi 1 jam" || len(p.Meta.Platforms) != 2 {
			t.Errorf("meta = %+v, problems = %+v", p.Meta, p.Problems)
		}
	})
	t.Run("an alias used many times within the limit", func(t *testing.T) {
		src := "---\nalt: &a [\"Antrean di loket\"]\npostlint:\n  x: [" + strings.TrimSuffix(strings.Repeat("*a,", 200), ",") + "]\n---\nIsi"
		p := parseOne(t, "a.md", src)
		if p.Fatal() {
			t.Errorf("problems = %+v", p.Problems)
		}
	})
}

func TestFrontMatterSizeAndNesting(t *testing.T) {
	nest := func(open, end string, n int) string { return strings.Repeat(open, n) + "1" + strings.Repeat(end, n) }
	const levels = "more than 32 levels"
	const tingkat = "lebih dari 32 tingkat"
	t.Run("TOML inline tables", func(t *testing.T) {
		problemAt(t, "+++\nplatform = \"x\"\na = "+nest("{b = ", "}", 40)+"\n+++\nIsi", 3, levels, tingkat)
	})
	t.Run("TOML inline tables, 40 KB", func(t *testing.T) {
		n := 40000 / 6
		problemAt(t, "+++\na = "+nest("{b = ", "}", n)+"\n+++\nIsi", 2, levels, tingkat)
	})
	t.Run("TOML arrays over lines", func(t *testing.T) {
		problemAt(t, "+++\na = [\n"+strings.Repeat("[\n", 40)+strings.Repeat("]\n", 41)+"+++\nIsi", 34, levels, tingkat)
	})
	t.Run("TOML dotted key", func(t *testing.T) {
		problemAt(t, "+++\n\n"+strings.Repeat("a.", 40)+"b = 1\n+++\nIsi", 3, levels, tingkat)
	})
	t.Run("TOML table header", func(t *testing.T) {
		problemAt(t, "+++\n["+strings.Repeat("a.", 40)+"b]\nx = 1\n+++\nIsi", 2, levels, tingkat)
	})
	t.Run("TOML dotted keys under a header", func(t *testing.T) {
		problemAt(t, "+++\n["+strings.Repeat("a.", 20)+"b]\n"+strings.Repeat("c.", 20)+"d = 1\n+++\nIsi", 3, levels, tingkat)
	})
	t.Run("YAML flow lists", func(t *testing.T) {
		problemAt(t, "---\nplatform: x\na: "+nest("[", "]", 40)+"\n---\nIsi", 3, levels, tingkat)
	})
	t.Run("YAML block tables", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("---\n")
		for i := range 40 {
			b.WriteString(strings.Repeat(" ", i) + "a:\n")
		}
		b.WriteString(strings.Repeat(" ", 40) + "a: 1\n---\nIsi")
		problemAt(t, b.String(), 35, levels, tingkat)
	})
	t.Run("YAML over the size limit", func(t *testing.T) {
		problemAt(t, "---\nplatform: x\nhook: \""+strings.Repeat("a", 64<<10)+"\"\n---\nIsi", 1, "larger than 64 KiB", "lebih besar dari 64 KiB")
	})
	t.Run("TOML over the size limit", func(t *testing.T) {
		problemAt(t, "\uFEFF+++\r\nplatform = \"x\"\r\n"+strings.Repeat("# catatan\r\n", 7000)+"+++\r\nIsi", 1, "larger than 64 KiB", "lebih besar dari 64 KiB")
	})
	// Precision: what only looks like nesting is no problem.
	for name, src := range map[string]string{
		"32 levels of TOML":       "+++\npostlint = " + nest("{a = ", "}", 31) + "\n+++\nIsi",
		"32 levels of YAML":       "---\npostlint: " + nest("{a: ", "}", 31) + "\n---\nIsi",
		"32 TOML key levels":      "+++\n" + strings.Repeat("postlint.", 31) + "a = 1\n+++\nIsi",
		"brackets in TOML text":   "+++\nhook = \"" + strings.Repeat("[{", 40) + "\"\ntitle = '" + strings.Repeat("{", 40) + "'\n# " + strings.Repeat("[", 40) + "\n+++\nIsi",
		"brackets in TOML blocks": "+++\nhook = \"\"\"\n" + strings.Repeat("[", 40) + "\\\"\"\"\n\"\"\"\ntitle = '''" + strings.Repeat("{", 40) + "'''\n+++\nIsi",
		"dots in TOML values":     "+++\ndate = 2026-04-02T09:00:00.5\nimages = 1\npostlint = {a = [1.5, 2.5, \"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.A.B.C.D.E.F.G\"]}\n+++\nIsi",
		"quoted dotted TOML key":  "+++\n\"" + strings.Repeat("a.", 40) + "\" = 1\n+++\nIsi",
		"brackets in YAML text":   "---\nhook: \"" + strings.Repeat("[", 40) + "\"\ntitle: it's " + strings.Repeat("{", 40) + "\n---\nIsi",
		"large but under 64 KiB":  "---\nhook: \"" + strings.Repeat("a", 60<<10) + "\"\n---\nIsi",
	} {
		t.Run(name, func(t *testing.T) {
			p := Parse("a.md", FormatMarkdown, []byte(src), Options{})[0]
			for _, pr := range p.Problems {
				if pr.Fatal || strings.Contains(pr.Message.EN, "levels") || strings.Contains(pr.Message.EN, "KiB") {
					t.Errorf("problem %+v", pr)
				}
			}
		})
	}
}

// TestTOMLProblemLines checks that every TOML front-matter problem names a
// line of the file, also for keys made by dotted keys, table names and
// arrays of tables.
func TestTOMLProblemLines(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
	}{
		{"array of tables", "+++\nplatform = \"x\"\n[[a]]\nx = 1\n+++\nIsi", 3},
		{"nested array of tables", "+++\n[[a]]\n[[a.b]]\nx = 1\n+++\nIsi", 2},
		{"dotted key", "+++\n\nplatfrom.x = 1\n+++\nIsi", 3},
		{"wrong type in an array of tables", "+++\n[[postlint]]\ndisable = 1\n+++\nIsi", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parse("a.md", FormatMarkdown, []byte(tt.src), Options{})[0]
			if len(p.Problems) == 0 {
				t.Fatal("no problem")
			}
			if got := p.Problems[0].Range.Start.Line; got != tt.line {
				t.Errorf("problem %q on line %d, want %d", p.Problems[0].Message.EN, got, tt.line)
			}
		})
	}
}
