package main

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestPreCommitFramework installs postlint the way the pre-commit framework
// does for users: from .pre-commit-hooks.yaml in a git repository holding
// this working tree, with `language: golang` (pre-commit runs `go install
// ./...`; the module cache and build cache are shared with this run, so no
// download is needed once `go mod download` has run). It then runs the hook
// on a bad and a good draft.
func TestPreCommitFramework(t *testing.T) {
	for _, tool := range []string{"pre-commit", "git", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not on PATH: install it to run this test (apt-get install -y pre-commit; .ci/run does)", tool)
		}
	}
	start := time.Now()
	tmp := t.TempDir()
	env := isolatedGitEnv(t, tmp)

	// pre-commit clones the hook repository at a revision, so commit a
	// copy of the working tree, uncommitted changes included.
	hookRepo := filepath.Join(tmp, "postlint")
	copyTree(t, ".", hookRepo)
	runIn(t, hookRepo, env, "git", "init", "-q", "-b", "main")
	runIn(t, hookRepo, env, "git", "add", "-A")
	runIn(t, hookRepo, env, "git", "commit", "-q", "--no-verify", "-m", "postlint under test")
	rev := strings.TrimSpace(runIn(t, hookRepo, env, "git", "rev-parse", "HEAD"))

	site := filepath.Join(tmp, "situs")
	if err := os.MkdirAll(filepath.Join(site, "posts"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(site, ".pre-commit-config.yaml"),
		"repos:\n  - repo: "+hookRepo+"\n    rev: "+rev+"\n    hooks:\n      - id: postlint\n")
	writeFile(t, filepath.Join(site, ".postlint.toml"), "platforms = [\"instagram\"]\nexclude = [\"posts/arsip/**\"]\n")
	writeFile(t, filepath.Join(site, "posts", "buruk.md"), "Pasar murah hari ini di alun-alun. #a #b #c #d #e #f #g\n")
	writeFile(t, filepath.Join(site, "posts", "baik.md"), "Pasar murah hari ini di alun-alun Sleman, pukul 08.00–12.00. #PasarMurah #Sleman\n")
	writeFile(t, filepath.Join(site, "posts", "arsip", "lama.md"), "Pasar murah hari ini di alun-alun. #a #b #c #d #e #f #g\n")
	writeFile(t, filepath.Join(site, "foto.jpg.txt.docx"), "#a #b #c #d #e #f #g\n")
	runIn(t, site, env, "git", "init", "-q", "-b", "main")
	runIn(t, site, env, "git", "add", "-A")

	// The first run builds the hook's environment.
	out, code := runInCode(t, site, env, "pre-commit", "run", "postlint", "--files", "posts/buruk.md")
	if code == 0 || !strings.Contains(out, "posts/buruk.md\n") || !strings.Contains(out, "1:51  error  hashtag-count") || !strings.Contains(out, "Failed") {
		t.Fatalf("a bad draft should fail the hook (exit %d):\n%s", code, out)
	}
	t.Logf("hook installed and run in %v", time.Since(start).Round(time.Millisecond))

	out, code = runInCode(t, site, env, "pre-commit", "run", "postlint", "--files", "posts/baik.md")
	if code != 0 || !strings.Contains(out, "Passed") {
		t.Fatalf("a good draft should pass (exit %d):\n%s", code, out)
	}
	// The config's exclude applies to the names pre-commit passes
	// (--force-exclude), and the files regex keeps non-drafts away.
	out, code = runInCode(t, site, env, "pre-commit", "run", "postlint", "--files", "posts/baik.md", "posts/arsip/lama.md", "foto.jpg.txt.docx")
	if code != 0 || strings.Contains(out, "lama.md") {
		t.Fatalf("excluded and non-draft files should be left alone (exit %d):\n%s", code, out)
	}
	// As a git hook: the framework's own pre-commit hook stops the commit.
	runIn(t, site, env, "pre-commit", "install")
	out, code = runInCode(t, site, env, "git", "commit", "-q", "-m", "Draf April")
	if code == 0 || !strings.Contains(out, "posts/buruk.md\n") || !strings.Contains(out, "hashtag-count") {
		t.Fatalf("git commit with a bad draft should fail (exit %d):\n%s", code, out)
	}
	t.Logf("pre-commit test took %v", time.Since(start).Round(time.Millisecond))
}

// isolatedGitEnv keeps git and pre-commit away from the user's settings
// and caches, but shares Go's module and build caches.
func isolatedGitEnv(t *testing.T, home string) []string {
	t.Helper()
	goEnv := func(name string) string {
		out, err := exec.Command("go", "env", name).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", name, err)
		}
		return strings.TrimSpace(string(out))
	}
	env := []string{
		"HOME=" + home,
		"GIT_CONFIG_NOSYSTEM=1",
		"GIT_CEILING_DIRECTORIES=" + filepath.Dir(home),
		"GIT_AUTHOR_NAME=Humas Sleman", "GIT_AUTHOR_EMAIL=humas@example.com",
		"GIT_COMMITTER_NAME=Humas Sleman", "GIT_COMMITTER_EMAIL=humas@example.com",
		"PRE_COMMIT_HOME=" + filepath.Join(home, "pre-commit-cache"),
		"GOMODCACHE=" + goEnv("GOMODCACHE"),
		"GOCACHE=" + goEnv("GOCACHE"),
		"GOTOOLCHAIN=local",
		"NO_COLOR=1",
		"LANG=C.UTF-8",
	}
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "PATH", "GOPROXY", "GOPRIVATE", "GONOSUMDB", "GOFLAGS", "TMPDIR":
			env = append(env, kv)
		}
	}
	return env
}

func runInCode(t *testing.T, dir string, env []string, name string, args ...string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir, cmd.Env = dir, env
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return string(out), 0
	case ctx.Err() != nil:
		t.Fatalf("%s %s timed out:\n%s", name, strings.Join(args, " "), out)
	case !errors.As(err, &ee):
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return string(out), ee.ExitCode()
}

func runIn(t *testing.T, dir string, env []string, name string, args ...string) string {
	t.Helper()
	out, code := runInCode(t, dir, env, name, args...)
	if code != 0 {
		t.Fatalf("%s %s: exit %d\n%s", name, strings.Join(args, " "), code, out)
	}
	return out
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// copyTree copies the module's files (not .git) from src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == ".git" {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil // a worktree's .git file
		}
		target := filepath.Join(dst, p)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, in); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	})
	if err != nil {
		t.Fatal(err)
	}
}
