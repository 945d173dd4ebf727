package main

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/postlint/postlint/command"
	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/platform"
)

// chromium finds Debian's headless browser. Without it the browser test
// skips, except on CI, where a missing browser is a broken setup.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "/usr/bin/chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is not installed, and CI is set: install it with apt-get install -y chromium")
	}
	t.Skip("chromium is not installed (apt-get install -y chromium); skipping the browser test")
	return ""
}

// browse runs headless Chromium on a file URL with the given actions
// (--dump-dom, --screenshot=FILE) and returns what it prints. Every run has
// its own empty profile and no network features.
func browse(t *testing.T, bin, url string, actions ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir()}, actions...)
	cmd := exec.CommandContext(ctx, bin, append(args, url)...)
	// Files, not pipes: Chromium's helper processes may keep a pipe open
	// after the browser exits, and Wait would wait for them.
	dir := t.TempDir()
	stdout, err := os.Create(filepath.Join(dir, "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	defer stdout.Close()
	stderr, err := os.Create(filepath.Join(dir, "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer stderr.Close()
	cmd.Stdout, cmd.Stderr = stdout, stderr
	runErr := cmd.Run()
	out, err := os.ReadFile(stdout.Name())
	if err != nil {
		t.Fatal(err)
	}
	if runErr != nil {
		msg, _ := os.ReadFile(stderr.Name())
		t.Fatalf("chromium %s: %v\n%s", url, runErr, lastLines(string(msg), 10))
	}
	return string(out)
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// writeReport runs postlint in-process with --format html:PATH.
func writeReport(t *testing.T, out string, args ...string) {
	t.Helper()
	var stderr bytes.Buffer
	env := command.Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr,
		Getenv: func(string) string { return "" }, IsTerminal: func(io.Writer) bool { return false }}
	if code := run(append([]string{"postlint", "--no-config", "--fail-on", "none", "--format", "html:" + out}, args...), env); code != 0 {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr.String())
	}
}

var (
	refRe   = regexp.MustCompile(`<a class="ref[^"]*"[^>]*>.*?</a>`)
	labelRe = regexp.MustCompile(`<span class="below-label"[^>]*>[^<]*</span>`)
	tagRe   = regexp.MustCompile(`<[^>]+>`)
	markRe  = regexp.MustCompile(`<mark [^>]*data-f="([^"]*)"[^>]*>(.*?)</mark>`)
)

// textOf is what a reader sees in a fragment of the post text, without
// the footnote references and the fold's label.
func textOf(fragment string) string {
	fragment = labelRe.ReplaceAllString(refRe.ReplaceAllString(fragment, ""), "")
	return html.UnescapeString(tagRe.ReplaceAllString(fragment, ""))
}

// cardIn returns the first card of a platform in the section of one file.
func cardIn(t *testing.T, dom, file, platformName string) string {
	t.Helper()
	rest := dom[index(t, dom, file+"</bdi> <span"):]
	j := index(t, rest, `data-platform="`+platformName+`"`)
	start := strings.LastIndex(rest[:j], "<article")
	return rest[start : j+index(t, rest[j:], "</article>")]
}

// index is strings.Index for slicing: a missing sub fails the test.
func index(t *testing.T, s, sub string) int {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not found in a page of %d bytes", sub, len(s))
	}
	return i
}

// TestHTMLReportInBrowser renders the examples and a hostile draft to HTML
// and loads them in headless Chromium: a screenshot, the DOM after the
// page's script has run, and the filters started from the URL.
func TestHTMLReportInBrowser(t *testing.T) {
	bin := chromium(t)
	start := time.Now()
	dir := t.TempDir()
	report := filepath.Join(dir, "report.html")
	writeReport(t, report, "examples")

	hostile := filepath.Join(dir, "hostile")
	if err := os.MkdirAll(hostile, 0o755); err != nil {
		t.Fatal(err)
	}
	evil := `<script>alert(1)</script> "quotes" & 'apos' <img src=x onerror=alert(2)> terjadi di kantor kecamatan, dan warga diminta datang lebih awal untuk mengambil nomor antrean sebelum loket dibuka pukul delapan pagi hari ini`
	rtl := "\u202Eأهلاً بكم\u202C في الخدمة العامة — שלום \u2067עולם\u2069 and more text so that the fold comes after the right-to-left part of the post, with room to spare"
	for name, body := range map[string]string{
		"evil.md": "---\nplatform: facebook\nlang: id\n---\n" + evil,
		"rtl.md":  "---\nplatform: instagram\n---\n" + rtl,
	} {
		if err := os.WriteFile(filepath.Join(hostile, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The hostile drafts join the examples in a second report, opened with
	// filters set from the URL.
	mixed := filepath.Join(dir, "mixed.html")
	writeReport(t, mixed, "examples", hostile)

	shot := filepath.Join(dir, "report.png")
	var dom, filtered string
	var wg sync.WaitGroup
	for _, job := range []func(){
		func() {
			dom = browse(t, bin, "file://"+report, "--screenshot="+shot, "--window-size=1280,2000", "--dump-dom")
		},
		func() { filtered = browse(t, bin, "file://"+mixed+"#hide=sev:info,cat:accessibility", "--dump-dom") },
	} {
		wg.Add(1)
		go func() { defer wg.Done(); job() }()
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	t.Logf("chromium: two pages in %s", time.Since(start).Round(100*time.Millisecond))

	t.Run("screenshot", func(t *testing.T) {
		f, err := os.Open(shot)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		img, err := png.Decode(f)
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 2000 {
			t.Errorf("screenshot is %v, want 1280x2000", b)
		}
		colours := map[uint32]bool{}
		for y := 0; y < img.Bounds().Dy(); y += 7 {
			for x := 0; x < img.Bounds().Dx(); x += 7 {
				r, g, b, _ := img.At(x, y).RGBA()
				colours[r>>8<<16|g>>8<<8|b>>8] = true
			}
		}
		if len(colours) < 100 {
			t.Errorf("screenshot has %d colours: the page did not render", len(colours))
		}
		if os.Getenv("POSTLINT_KEEP_SCREENSHOT") != "" {
			data, _ := os.ReadFile(shot)
			_ = os.WriteFile(os.Getenv("POSTLINT_KEEP_SCREENSHOT"), data, 0o644)
		}
	})

	t.Run("fold", func(t *testing.T) {
		file := "examples/posts/2026-04-02-kunjungan-facebook.md"
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		text := draft.Parse(file, draft.FormatMarkdown, src, draft.Options{})[0].Text
		for _, p := range []string{"instagram", "facebook"} {
			card := cardIn(t, dom, file, p)
			visible, cut := platform.Visible(text, 125)
			if !cut {
				t.Fatal("example not cut at 125 characters")
			}
			body := card[index(t, card, `<div class="text"`):]
			fold := index(t, body, `<span class="fold`)
			if got := textOf(body[:fold]); got != visible {
				t.Errorf("%s: before the fold\n got %q\nwant %q", p, got, visible)
			}
			for _, attr := range []string{`data-fold-kind="fold"`, `data-fold="125"`, `data-visible-bytes="` + strconv.Itoa(len(visible)) + `"`, `data-visible-chars="125"`, `>… See more</span>`} {
				if !strings.Contains(body[fold:fold+300], attr) {
					t.Errorf("%s: fold marker lacks %s", p, attr)
				}
			}
			below := body[fold:index(t, body, "</div>")]
			if got := textOf(below[index(t, below, "</span>")+len("</span>"):]); got != text[len(visible):] {
				t.Errorf("%s: hidden remainder\n got %q\nwant %q", p, got, text[len(visible):])
			}
		}
		// X shows the whole post up to its limit.
		xfile := "examples/posts/x-jadwal-mudik.txt"
		src, err = os.ReadFile(xfile)
		if err != nil {
			t.Fatal(err)
		}
		xtext := draft.Parse(xfile, draft.FormatText, src, draft.Options{})[0].Text
		at := platform.Overflow(xtext, platform.Weighted, 280)
		x := cardIn(t, dom, xfile, "x")
		if !strings.Contains(x, `data-fold-kind="limit" data-fold="280" data-fold-unit="weighted" data-visible-bytes="`+strconv.Itoa(at)+`"`) {
			t.Errorf("X card not cut at its limit (byte %d):\n%s", at, x)
		}
	})

	t.Run("marks", func(t *testing.T) {
		card := cardIn(t, dom, "examples/posts/2026-04-02-kunjungan-facebook.md", "instagram")
		id := regexp.MustCompile(`<li id="(c\d+-\d+)"[^>]*>\s*<p class="head">.*?href="#rule-hook-dateline"`).FindStringSubmatch(card)
		if id == nil {
			t.Fatalf("no hook-dateline finding in the card:\n%s", card)
		}
		var marked strings.Builder
		for _, m := range markRe.FindAllStringSubmatch(card, -1) {
			if strings.Contains(" "+m[1]+" ", " "+id[1]+" ") {
				marked.WriteString(textOf(m[2]))
			}
		}
		if marked.String() != "Selasa (2/4)," {
			t.Errorf("hook-dateline marks %q, want %q", marked.String(), "Selasa (2/4),")
		}
		// The dateline sits inside the hook-fold span (and others): one mark
		// carries them all.
		if !regexp.MustCompile(`<mark class="sev-warning multi" data-f="` + id[1] + `(?: c\d+-\d+)+"[^>]*aria-describedby="` + id[1] + `-msg(?: c\d+-\d+-msg)+">Selasa \(2/4\),</mark>`).MatchString(card) {
			t.Errorf("overlapping findings not split into one mark with both:\n%s", card)
		}
		if !strings.Contains(card, `id="`+id[1]+`-msg"`) {
			t.Error("the mark's description points nowhere")
		}
		if !strings.Contains(dom, `<dt id="rule-hook-dateline">`) {
			t.Error("no rule anchor for hook-dateline")
		}
	})

	t.Run("script", func(t *testing.T) {
		for _, want := range []string{`data-filters="ready"`, `<form id="filters">`} {
			if !strings.Contains(dom, want) {
				t.Errorf("DOM lacks %q: the filter script did not run", want)
			}
		}
		// With no filter set the script shows every finding: "Showing N of N".
		if m := regexp.MustCompile(`Showing (\d+) of (\d+) findings`).FindStringSubmatch(dom); m == nil || m[1] != m[2] || m[1] == "0" {
			t.Errorf("the filter script's status is %q, want every finding shown", m)
		}
		if !strings.Contains(filtered, `data-filtered="sev:info,cat:accessibility"`) {
			t.Error("filters from the URL not applied")
		}
		keys, shown := map[string]bool{}, map[string]bool{}
		for _, m := range regexp.MustCompile(`<li id="[^"]*" class="finding[^"]*"[^>]*>`).FindAllString(filtered, -1) {
			hide := strings.Contains(m, `data-sev="info"`) || strings.Contains(m, `data-cat="accessibility"`)
			if hide != strings.Contains(m, `hidden=""`) {
				t.Errorf("finding wrongly shown or hidden: %s", m)
			}
			key := regexp.MustCompile(`data-key="([^"]*)"`).FindStringSubmatch(m)[1]
			keys[key] = true
			if !hide {
				shown[key] = true
			}
		}
		if want := fmt.Sprintf("Showing %d of %d findings", len(shown), len(keys)); !strings.Contains(filtered, want) || len(shown) == len(keys) {
			t.Errorf("status: want %q, got %q", want, regexp.MustCompile(`Showing[^<]*`).FindString(filtered))
		}
		// Marks and references of hidden findings fade out.
		for _, m := range regexp.MustCompile(`<(?:mark|a) class="([^"]*)" (?:href="[^"]*" )?data-f="([^"]*)"`).FindAllStringSubmatch(filtered, -1) {
			any := false
			for _, id := range strings.Fields(m[2]) {
				li := regexp.MustCompile(`<li id="` + id + `" [^>]*>`).FindString(filtered)
				any = any || !strings.Contains(li, `hidden=""`)
			}
			if off := strings.Contains(" "+m[1]+" ", " off "); off == any {
				t.Errorf("mark or reference for %s has class %q", m[2], m[1])
			}
		}
		// The KTP post has only infos: its cards and its file disappear.
		ktp := regexp.MustCompile(`<section class="file" id="file-\d+"[^>]*>\s*<h2[^>]*><bdi>examples/posts/2026-04-05-ktp-sabtu.md`).FindString(filtered)
		if ktp == "" || !strings.Contains(ktp, `hidden=""`) {
			t.Errorf("a file with only hidden findings still shows: %q", ktp)
		}
	})

	t.Run("escaping", func(t *testing.T) {
		if n := strings.Count(filtered, "<script"); n != 1 {
			t.Errorf("%d script elements in the DOM, want the page's own", n)
		}
		for _, bad := range []string{"<img", "onerror=alert(2)>"} {
			if strings.Contains(filtered, bad) {
				t.Errorf("injected markup %q in the DOM", bad)
			}
		}
		for _, want := range []string{
			"&lt;script&gt;alert(1)&lt;/script&gt;", `"quotes" &amp; 'apos' &lt;img src=x onerror=alert(2)&gt;`,
			"\u202Eأهلاً بكم\u202C في الخدمة العامة", "שלום \u2067עולם\u2069", `dir="auto"`,
		} {
			if !strings.Contains(filtered, want) {
				t.Errorf("DOM does not show %q literally", want)
			}
		}
		evilCard := cardIn(t, filtered, "evil.md", "facebook")
		body := evilCard[index(t, evilCard, `<div class="text"`):]
		if got := textOf(body[:index(t, body, "</div>")]); !strings.HasPrefix(got, `<script>alert(1)</script> "quotes" & 'apos'`) {
			t.Errorf("post text not shown as text: %q", got)
		}
	})
}
