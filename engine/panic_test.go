package engine

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/rules"
)

// crashRule is a rule with a bug: it panics on posts that say BOOM.
type crashRule struct{}

func (crashRule) Doc() lint.Doc {
	return lint.Doc{ID: "crash-test", Category: lint.CategoryFormat, Severity: lint.Warning,
		Summary: i18n.T("panics on BOOM", "panik pada BOOM")}
}

func (crashRule) Check(p *rules.Pass) {
	if strings.Contains(p.Post.Text, "BOOM") {
		list := make([]int, 0, len(p.Post.Text))
		_ = list[len(p.Post.Text)] // index out of range
	}
}

// crashFileRule panics on every file holding a post that says FILECRASH.
type crashFileRule struct{}

func (crashFileRule) Doc() lint.Doc {
	d := crashRule{}.Doc()
	d.ID = "crash-file-test"
	return d
}

func (crashFileRule) Check(*rules.Pass) {}

func (crashFileRule) CheckFile(p *rules.FilePass) {
	for _, fp := range p.Posts {
		if strings.Contains(fp.Post.Text, "FILECRASH") {
			panic(fmt.Sprintf("unexpected post %d", fp.Post.Index))
		}
	}
}

// TestRuleCrashIsAnInternalError: a rule that panics does not end the run:
// the post gets an internal-error finding naming the rule and asking for a
// bug report, the other posts and rules are linted as usual, and the
// summary counts the crash (the command exits 3 on it).
func TestRuleCrashIsAnInternalError(t *testing.T) {
	dir := t.TempDir()
	for i := range 12 {
		text := "Cetak KTP-el kini bisa hari Sabtu."
		switch i {
		case 3:
			text = "BOOM: Cetak KTP-el kini bisa hari Sabtu."
		case 7:
			text = "FILECRASH: Pasar murah hari ini."
		}
		write(t, dir, fmt.Sprintf("post-%02d.md", i), []byte("---\nplatform: [facebook, x]\n---\n"+text+"\n"))
	}
	e, err := New(Options{Jobs: 4, Rules: []rules.Rule{crashRule{}, crashFileRule{}}})
	if err != nil {
		t.Fatal(err)
	}
	var sink collectSink
	sum, err := e.Run([]string{dir}, &sink)
	if err != nil {
		t.Fatal(err)
	}
	if len(sink.results) != 12 || sum.Internal != 2 {
		t.Fatalf("%d results, %d internal errors; want 12 and 2", len(sink.results), sum.Internal)
	}
	clean := run(t, Options{}, filepath.Join(dir, "post-00.md"))[0].Findings
	for _, r := range sink.results {
		var crashes []string
		others := 0
		for _, f := range r.Findings {
			if f.Rule == "internal-error" {
				crashes = append(crashes, f.Message.EN)
				if f.Severity != lint.Error || f.Message.ID == "" || strings.Contains(f.Message.EN, "goroutine") {
					t.Errorf("%s: %+v", r.Path, f)
				}
			} else {
				others++
			}
		}
		switch filepath.Base(r.Path) {
		case "post-03.md":
			want := "internal error in rule crash-test: runtime error: index out of range [40] with length 0; this is a bug in postlint, please report it"
			if len(crashes) != 1 || crashes[0] != want {
				t.Errorf("post-03.md: %q, want %q", crashes, want)
			}
			if others == 0 {
				t.Error("post-03.md: the other rules should still run")
			}
		case "post-07.md":
			want := "internal error in rule crash-file-test: unexpected post 1; this is a bug in postlint, please report it"
			if len(crashes) != 1 || crashes[0] != want {
				t.Errorf("post-07.md: %q, want %q", crashes, want)
			}
		default:
			if len(crashes) != 0 || len(r.Findings) != len(clean) {
				t.Errorf("%s: %d findings %q, want the %d of a clean post", r.Path, len(r.Findings), crashes, len(clean))
			}
		}
	}
}

// TestReadCrashIsAnInternalError: a panic outside the rules (here in the
// reader --staged plugs in) is one internal-error finding on the file.
func TestReadCrashIsAnInternalError(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.md", []byte("Cetak KTP-el kini bisa hari Sabtu.\n"))
	b := write(t, dir, "b.md", []byte("Pasar murah hari ini.\n"))
	read := func(path string) ([]byte, error) {
		if filepath.Base(path) == "b.md" {
			panic("reader bug")
		}
		return []byte("Cetak KTP-el kini bisa hari Sabtu.\n"), nil
	}
	e, err := New(Options{ReadFile: read})
	if err != nil {
		t.Fatal(err)
	}
	var sink collectSink
	sum, err := e.Run([]string{a, b}, &sink)
	if err != nil || sum.Internal != 1 || len(sink.results) != 2 {
		t.Fatalf("err %v, %d internal, %d results", err, sum.Internal, len(sink.results))
	}
	got := sink.results[1].Findings
	if len(got) != 1 || got[0].Rule != "internal-error" || got[0].Path != filepath.ToSlash(b) ||
		got[0].Message.EN != "internal error while reading the draft: reader bug; this is a bug in postlint, please report it" {
		t.Errorf("b.md: %+v", got)
	}
	if f := findingOf(sink.results[:1], "internal-error"); f != nil {
		t.Errorf("a.md: %+v", f)
	}
	if _, err := New(Options{Rules: []rules.Rule{crashRule{}, crashRule{}}}); err == nil {
		t.Error("two rules with one ID accepted")
	}
}

// reportThenCrashRule reports n findings per platform, one a word of the
// post, and then panics on posts that say CRASH.
type reportThenCrashRule struct{ n int }

func (reportThenCrashRule) Doc() lint.Doc {
	return lint.Doc{ID: "report-then-crash-test", Category: lint.CategoryFormat, Severity: lint.Warning, PerPlatform: true,
		Summary: i18n.T("reports, then panics on CRASH", "melapor, lalu panik pada CRASH")}
}

func (r reportThenCrashRule) Check(p *rules.Pass) {
	for i := range r.n {
		p.Report(rules.Report{Start: i % len(p.Post.Text), End: i%len(p.Post.Text) + 1, Message: i18n.Sprintf("report %d", "laporan %d", i)})
	}
	if strings.Contains(p.Post.Text, "CRASH") {
		panic("after reporting")
	}
}

// TestRuleReportsThenCrashes: the rules report straight into the post's
// findings buffer, so what a rule reported before it panicked must leave
// it, and so must nothing else; a rule that reports more than the buffer
// holds has every finding kept. Each case lints a post that crashes
// between two that do not, with the scratch reused, and wants the
// findings a fresh scratch gives.
func TestRuleReportsThenCrashes(t *testing.T) {
	for _, n := range []int{1, 5, 400} {
		t.Run(fmt.Sprint(n, " reports"), func(t *testing.T) {
			dir := t.TempDir()
			for i, text := range []string{"Pasar murah hari ini di kantor desa.", "CRASH: pasar murah hari ini.", "Pasar murah hari Sabtu."} {
				write(t, dir, fmt.Sprintf("post-%d.md", i), []byte("---\nplatform: [facebook, x, instagram]\n---\n"+text+"\n"))
			}
			opts := Options{Jobs: 1, Rules: []rules.Rule{reportThenCrashRule{n: n}}}
			reused := runScratch(t, opts, false, []string{dir})
			fresh := runScratch(t, opts, true, []string{dir})
			if !reflect.DeepEqual(reused, fresh) {
				t.Errorf("reused scratch gave\n%+v\nfresh gave\n%+v", reused, fresh)
			}
			for _, r := range reused {
				var crashes, reports int
				for _, f := range r.Findings {
					switch f.Rule {
					case "internal-error":
						crashes++
					case "report-then-crash-test":
						reports += len(f.OnPlatforms())
					}
				}
				want := 3 * n
				if strings.HasSuffix(r.Path, "post-1.md") {
					want = 0
					if crashes != 1 {
						t.Errorf("%s: %d internal errors, want 1", r.Path, crashes)
					}
				}
				if reports != want {
					t.Errorf("%s: %d reports over the platforms, want %d", r.Path, reports, want)
				}
			}
		})
	}
}
