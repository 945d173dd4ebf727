package engine

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/fixer"
	"github.com/postlint/postlint/internal/corpus"
	"github.com/postlint/postlint/lint"
)

// fixDrafts are drafts with something for every fixable rule, in every
// draft format, with the traps fixes must respect: front matter,
// directives, CRLF line ends, a BOM, quoted calendar cells, emoji joiners.
var fixDrafts = map[string]string{
	"posts/id.md": "---\nplatform: [facebook, x]\nlang: id\n---\n# Jadwal **Layanan**\n\n" +
		"Dalam rangka HUT RI, kantor Setneg buka hari Sabtu\u200b. Daftar [di sini](https://contoh.go.id/daftar).\n" +
		"<!-- postlint-disable-next-line hashtag-case -->\n#pasarmurah\n𝐏𝐄𝐍𝐓𝐈𝐍𝐆 👨\u200d👩\u200d👧 #banggabuatanindonesia\n",
	"posts/en.md": "+++\nplatform = \"linkedin\"\nlang = \"en\"\n+++\r\n## Free **health** checks ##\r\n" +
		"In order to register, visit [example.id](https://example.id/health) prior to Friday.\r\n#digitalliteracy\r\n",
	"posts/bom.txt": "\uFEFFInfo\x0blayanan 𝘨𝘳𝘢𝘵𝘪𝘴 di kecamatan.\n",
	"calendar/april.csv": "caption,platform,date\r\n" +
		"\"Kata warga: \"\"**antre** cepat\"\".\r\nDalam rangka HUT RI, datang pukul 08.00.\",facebook,2026-04-01\r\n" +
		"Cetak KTP-el **gratis** di kecamatan #layananpublik,instagram,2026-04-02\r\n",
}

const fixConfig = `
[[custom]]
id = "brand-name"
message_en = "Write 'Kemensetneg'."
message_id = "Tulis 'Kemensetneg'."
pattern = '\bSetneg\b'
replace = "Kemensetneg"
`

// fixTree writes the drafts and the config into a fresh folder.
func fixTree(t *testing.T) (string, *config.Config) {
	t.Helper()
	dir := t.TempDir()
	for name, text := range fixDrafts {
		write(t, dir, name, []byte(text))
	}
	cfgPath := write(t, dir, ".postlint.toml", []byte(fixConfig))
	cfg, err := config.LoadFile(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	return dir, cfg
}

// runFix runs the engine over dir with a fix mode and returns the results,
// the summary and the changed files by path.
func runFix(t *testing.T, cfg *config.Config, mode FixMode, jobs int, dir string) ([]lint.PostResult, lint.Summary, map[string]FixedFile) {
	t.Helper()
	changed := map[string]FixedFile{}
	var order []string
	e, err := New(Options{Config: cfg, Fix: mode, Jobs: jobs, KeepPosts: true, OnFixed: func(f FixedFile) error {
		changed[f.Path] = f
		order = append(order, f.Path)
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	var sink collectSink
	sum, err := e.Run([]string{dir}, &sink)
	if err != nil {
		t.Fatal(err)
	}
	if !sort.StringsAreSorted(order) {
		t.Errorf("OnFixed out of path order: %v", order)
	}
	return sink.results, sum, changed
}

func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for name := range fixDrafts {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		out[name] = string(data)
	}
	return out
}

// TestFixIsIdempotent fixes the drafts, then fixes them again: the second
// run changes nothing, and the fixed drafts lint without a fixable
// finding. The dry run predicts the written files exactly.
func TestFixIsIdempotent(t *testing.T) {
	dir, cfg := fixTree(t)
	before := readTree(t, dir)
	_, drySum, dry := runFix(t, cfg, FixDryRun, 2, dir)
	if after := readTree(t, dir); !equalMaps(after, before) {
		t.Fatal("the dry run changed files")
	}
	if len(dry) != len(fixDrafts) || drySum.FixedFiles != len(fixDrafts) {
		t.Fatalf("dry run changed %d files (summary %d), want %d", len(dry), drySum.FixedFiles, len(fixDrafts))
	}

	res, sum, _ := runFix(t, cfg, FixWrite, 2, dir)
	fixed := readTree(t, dir)
	for name, text := range fixed {
		key := filepath.ToSlash(filepath.Join(dir, filepath.FromSlash(name)))
		if got := string(dry[key].After); got != text {
			t.Errorf("%s: written %q, dry run said %q", name, text, got)
		}
	}
	if sum.Fixed != drySum.Fixed || sum.Fixed == 0 || sum.Fixable != 0 {
		t.Errorf("fixed %d (dry run %d), %d fixable left", sum.Fixed, drySum.Fixed, sum.Fixable)
	}
	for _, r := range res {
		for _, f := range r.Findings {
			if f.Fix != nil {
				t.Errorf("%s: a fixable %s finding remains: %q", r.Path, f.Rule, f.Message.EN)
			}
		}
	}

	_, again, changed := runFix(t, cfg, FixWrite, 2, dir)
	if again.Fixed != 0 || len(changed) != 0 || !equalMaps(readTree(t, dir), fixed) {
		t.Errorf("fixing twice changed %v", changed)
	}

	// What fixing must keep.
	checks := map[string][]string{
		"posts/id.md": {"---\nplatform: [facebook, x]\nlang: id\n---\nJadwal Layanan\n", "Untuk HUT RI, kantor Kemensetneg buka hari Sabtu. Daftar di sini: https://contoh.go.id/daftar.\n",
			"<!-- postlint-disable-next-line hashtag-case -->\n#pasarmurah\n", "PENTING 👨\u200d👩\u200d👧 #BanggaBuatanIndonesia\n"},
		"posts/en.md":   {"+++\nplatform = \"linkedin\"\nlang = \"en\"\n+++\r\nFree health checks\r\n", "To register, visit https://example.id/health before Friday.\r\n#DigitalLiteracy\r\n"},
		"posts/bom.txt": {"\uFEFFInfo layanan gratis di kecamatan.\n"},
		"calendar/april.csv": {"\"Kata warga: \"\"antre cepat\"\".\r\nUntuk HUT RI, datang pukul 08.00.\",facebook,2026-04-01\r\n",
			"Cetak KTP-el gratis di kecamatan #LayananPublik,instagram,2026-04-02\r\n"},
	}
	for name, wants := range checks {
		for _, want := range wants {
			if !strings.Contains(fixed[name], want) {
				t.Errorf("%s: %q lacks %q", name, fixed[name], want)
			}
		}
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestFixIsTheSameWhateverJobs compares dry runs with one and several
// workers on a generated corpus.
func TestFixIsTheSameWhateverJobs(t *testing.T) {
	dir := t.TempDir()
	if _, err := corpus.Write(dir, 120, 7); err != nil {
		t.Fatal(err)
	}
	for name, text := range fixDrafts {
		write(t, dir, name, []byte(text))
	}
	cfg, err := config.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	render := func(jobs int) string {
		res, sum, changed := runFix(t, cfg, FixDryRun, jobs, dir)
		var b strings.Builder
		paths := make([]string, 0, len(changed))
		for p := range changed {
			paths = append(paths, p)
		}
		sort.Strings(paths)
		for _, p := range paths {
			b.WriteString(p + "\n" + string(changed[p].After))
		}
		for _, r := range res {
			for _, f := range r.Findings {
				b.WriteString(r.Path + " " + f.Rule + " " + f.Message.EN + "\n")
			}
		}
		b.WriteString(strings.Repeat("-", sum.Fixed))
		return b.String()
	}
	one := render(1)
	if got := render(4); got != one {
		t.Error("--jobs 4 fixes differently from --jobs 1")
	}
}

// TestFixCorpusConverges fixes a generated corpus in memory: every file
// settles, and what remains has no fix that could still apply.
func TestFixCorpusConverges(t *testing.T) {
	dir := t.TempDir()
	if _, err := corpus.Write(dir, 150, 11); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	res, sum, changed := runFix(t, cfg, FixDryRun, 2, dir)
	if len(changed) == 0 {
		t.Fatal("the corpus has nothing to fix; the test checks nothing")
	}
	t.Logf("%d fixes in %d of %d files", sum.Fixed, sum.FixedFiles, sum.Files)
	for _, r := range res {
		var edits []fixer.Edit
		for _, f := range r.Findings {
			if f.Fix != nil {
				edits = append(edits, f.Fix.Edit)
			}
		}
		if len(edits) == 0 {
			continue
		}
		// The findings point into the file as fixed.
		src, ok := changed[r.Path]
		if !ok {
			data, err := os.ReadFile(filepath.FromSlash(r.Path))
			if err != nil {
				t.Fatal(err)
			}
			src.After = data
		}
		if _, n := fixer.Apply(src.After, edits); n > 0 {
			t.Errorf("%s: fixes remain after %d passes", r.Path, MaxFixPasses)
		}
	}
}

// TestFixRefusesLinksAndGoesOn checks that a link is never written
// through: its findings are reported unfixed, the run goes on, and Run
// returns a FixError naming it.
func TestFixRefusesLinksAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	target := write(t, dir, "shared/target.md", []byte("**Layanan** gratis.\n"))
	plain := write(t, dir, "posts/plain.md", []byte("Cetak **gratis**.\n"))
	if err := os.Symlink(target, filepath.Join(dir, "posts", "link.md")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	e, err := New(Options{Fix: FixWrite, Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	var sink collectSink
	sum, err := e.Run([]string{filepath.Join(dir, "posts", "link.md"), plain}, &sink)
	var fe *FixError
	if !errors.As(err, &fe) || len(fe.Files) != 1 || !errors.Is(fe.Files[0].Err, fixer.ErrSymlink) {
		t.Fatalf("Run: %v, want a FixError for the link", err)
	}
	if data, _ := os.ReadFile(target); !bytes.Equal(data, []byte("**Layanan** gratis.\n")) {
		t.Errorf("the link's target changed: %q", data)
	}
	if data, _ := os.ReadFile(plain); string(data) != "Cetak gratis.\n" {
		t.Errorf("the other draft was not fixed: %q", data)
	}
	unfixed := 0
	for _, f := range sink.results[0].Findings {
		if f.Rule == "markdown-syntax" && f.Fix != nil {
			unfixed++
		}
	}
	if sum.FixedFiles != 1 || len(sink.results) != 2 || unfixed != 1 {
		t.Errorf("the link's findings should be reported unfixed: %+v, summary %+v", sink.results, sum)
	}
}
