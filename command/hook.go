package command

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/postlint/postlint/fixer"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/gitrepo"
)

// HookMarker is the line that tells a pre-commit hook written by
// install-hook from anyone else's.
const HookMarker = "# postlint pre-commit hook, written by `postlint install-hook`"

// HookEnv is the variable the pre-commit hook sets for postlint, so that
// a stopped commit says why and how to skip the check once.
const HookEnv = "POSTLINT_HOOK"

// HookScript is the pre-commit hook install-hook writes: POSIX sh, so it
// runs wherever git does (Git for Windows brings sh).
const HookScript = `#!/bin/sh
` + HookMarker + `.
# It lints the staged content of the drafts in this commit and stops the
# commit on findings at or above fail_on, saying why. Skip it once with
# git commit --no-verify; remove this file to uninstall it.
if ! command -v postlint >/dev/null 2>&1; then
	echo "postlint pre-commit hook: postlint is not on PATH." >&2
	echo "Install it (go install github.com/postlint/postlint@latest) or remove $0." >&2
	echo "To commit without the check once: git commit --no-verify" >&2
	exit 1
fi
` + HookEnv + `=pre-commit
export ` + HookEnv + `
exec postlint --staged
`

// inPreCommitHook reports whether postlint runs from the hook
// install-hook writes.
func inPreCommitHook(env Env) bool {
	return env.Getenv != nil && env.Getenv(HookEnv) == "pre-commit"
}

// lintTally is what a lint run tells the pre-commit hook's message.
type lintTally struct {
	failing int    // findings at or above fail_on
	failOn  string // error, warning, info or none
	locale  string
}

// lintInHook runs `postlint --staged` for the pre-commit hook. When it
// stops the commit (any exit code but 0) it ends with what happened and
// how to commit anyway, in the user's language: N findings at or above
// fail_on, postlint unable to check (a config or git error, named
// above), or a crash of postlint.
func lintInHook(o LintOptions, env Env) (int, error) {
	var tally lintTally
	code, err := runLint(o, env, &tally)
	if code == ExitOK {
		return code, err
	}
	locale := tally.locale
	if locale == "" { // the run stopped before it knew the config's locale
		if locale, _ = Locale(o.Locale, nil, env.Getenv); locale == "" {
			locale = i18n.EN
		}
	}
	msg := hookStopped(code, tally, locale)
	if err != nil {
		// main prints the error; the message follows it.
		return code, fmt.Errorf("%w\npostlint: %s", err, msg)
	}
	fmt.Fprintf(env.Stderr, "postlint: %s\n", msg)
	return code, nil
}

// hookStopped says that the commit was stopped, why, and how to skip the
// check once: two lines, the second prefixed like the first is when
// printed.
func hookStopped(code int, tally lintTally, locale string) string {
	msgs := i18n.Messages(locale)
	var why, next string
	switch code {
	case ExitFindings:
		noun := msgs.Plural(tally.failing, "finding", "findings")
		if tally.failOn == "error" {
			noun = msgs.Plural(tally.failing, "error", "errors")
		}
		why = msgs.Tf("commit stopped: %d %s at or above fail_on (%s) in the staged drafts", tally.failing, noun, tally.failOn)
		next = msgs.Plural(tally.failing,
			"fix it and stage the fix (git add), or skip this check for one commit: git commit --no-verify",
			"fix them and stage the fixes (git add), or skip this check for one commit: git commit --no-verify")
	case ExitInternal:
		why = msgs.T("commit stopped: postlint crashed (an internal error, a bug in postlint) while checking the staged drafts")
		next = msgs.T("please report it; to commit meanwhile, skip this check once: git commit --no-verify")
	default:
		why = msgs.T("commit stopped: postlint could not check the staged drafts (see the message above)")
		next = msgs.T("fix the problem, or skip this check for one commit: git commit --no-verify")
	}
	return why + "\npostlint: " + next
}

// InstallHookOptions are the install-hook command's flags.
type InstallHookOptions struct {
	Force bool
}

// InstallHook writes the pre-commit hook where git looks for it. It
// replaces its own hook freely, refuses anyone else's unless forced, and
// then moves it to pre-commit.bak.
func InstallHook(o InstallHookOptions, env Env) error {
	repo, err := gitrepo.Open(".")
	if err != nil {
		return fmt.Errorf("install-hook needs a git repository: %w", err)
	}
	dir, err := repo.HooksDir()
	if err != nil {
		return fmt.Errorf("install-hook: %w", err)
	}
	// A hooks folder outside the repository (core.hooksPath in the
	// user's global config, usually) serves every repository that uses
	// the setting: installing there must be asked for.
	outside, err := outsideRepo(repo, dir)
	if err != nil {
		return fmt.Errorf("install-hook: %w", err)
	}
	if outside {
		where := "core.hooksPath"
		if scope, origin := repo.HooksPathSetting(); origin != "" {
			if scope != "" {
				scope += " setting, "
			}
			where = fmt.Sprintf("core.hooksPath (%sin %s)", scope, strings.TrimPrefix(origin, "file:"))
		}
		if !o.Force {
			return fmt.Errorf("git runs this repository's hooks from %s, set by %s, outside the repository: a hook there runs for every repository that uses the setting; use --force to install it there anyway", dir, where)
		}
		fmt.Fprintf(env.Stderr, "postlint: installing into %s, set by %s: the hook runs for every repository that uses the setting\n", dir, where)
	}
	path := filepath.Join(dir, "pre-commit")
	shown := relToWd(path)
	verb := "installed"
	old, err := os.ReadFile(path)
	switch {
	case err == nil && isOurHook(old):
		verb = "updated"
	case err == nil && !o.Force:
		msg := fmt.Sprintf("%s already exists and was not written by postlint; use --force to replace it (it is kept as pre-commit.bak)", shown)
		if strings.Contains(string(old), "pre-commit.com") {
			msg += ", or, since it runs the pre-commit framework, add postlint to .pre-commit-config.yaml instead (repo: https://github.com/postlint/postlint, hook id: postlint)"
		}
		return errors.New(msg)
	case err == nil:
		bak := path + ".bak"
		if _, err := os.Lstat(bak); err == nil {
			return fmt.Errorf("%s.bak already exists: move it away first, so that no hook is lost", shown)
		}
		if err := os.Rename(path, bak); err != nil {
			return fmt.Errorf("backing up %s: %w", shown, err)
		}
		fmt.Fprintf(env.Stderr, "postlint: kept the old hook as %s.bak\n", shown)
	case !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("reading %s: %w", shown, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", relToWd(dir), err)
	}
	// Write beside it and rename, so a failed write never leaves half a
	// hook that would block every commit.
	if err := fixer.WriteAtomic(path, []byte(HookScript), 0o755); err != nil {
		return fmt.Errorf("writing %s: %w", shown, err)
	}
	fmt.Fprintf(env.Stdout, "%s the pre-commit hook %s: each commit now runs postlint --staged (git commit --no-verify skips it)\n", verb, shown)
	return nil
}

// isOurHook reports whether a hook carries install-hook's marker near its
// top.
func isOurHook(data []byte) bool {
	lines := strings.SplitN(string(data), "\n", 4)
	for _, l := range lines[:min(3, len(lines))] {
		if strings.HasPrefix(strings.TrimSpace(l), HookMarker) {
			return true
		}
	}
	return false
}

// relToWd shows a path relative to the working directory when it lies
// below it.
func relToWd(p string) string {
	if rel, err := filepath.Rel(mustGetwd(), p); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return p
}

// outsideRepo reports whether the hooks folder lies outside both the
// working tree and the repository's git folder (which may be elsewhere,
// for a worktree).
func outsideRepo(repo *gitrepo.Repo, dir string) (bool, error) {
	common, err := repo.CommonDir()
	if err != nil {
		return false, err
	}
	d := resolved(dir)
	for _, root := range []string{repo.Root, common} {
		if rel, err := filepath.Rel(resolved(root), d); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return false, nil
		}
	}
	return true, nil
}

// resolved returns p absolute, with the links of its longest existing
// part resolved (the hooks folder may not exist yet).
func resolved(p string) string {
	p, _ = filepath.Abs(p)
	rest := ""
	for {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Join(r, rest)
		}
		parent := filepath.Dir(p)
		if parent == p {
			return filepath.Join(p, rest)
		}
		rest = filepath.Join(filepath.Base(p), rest)
		p = parent
	}
}
