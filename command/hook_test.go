package command

import (
	"strings"
	"testing"

	"github.com/postlint/postlint/i18n"
)

// TestHookStopped: the message of a stopped commit says that it was
// stopped, why, and how to skip the check once, in English and
// Indonesian, for findings, a config or git error, and a crash.
func TestHookStopped(t *testing.T) {
	for _, tt := range []struct {
		code   int
		tally  lintTally
		locale string
		want   string
	}{
		{ExitFindings, lintTally{failing: 1, failOn: "error"}, i18n.EN,
			"commit stopped: 1 error at or above fail_on (error) in the staged drafts\npostlint: fix it and stage the fix (git add), or skip this check for one commit: git commit --no-verify"},
		{ExitFindings, lintTally{failing: 3, failOn: "error"}, i18n.EN,
			"commit stopped: 3 errors at or above fail_on (error) in the staged drafts\npostlint: fix them and stage the fixes (git add), or skip this check for one commit: git commit --no-verify"},
		{ExitFindings, lintTally{failing: 2, failOn: "warning"}, i18n.EN,
			"commit stopped: 2 findings at or above fail_on (warning) in the staged drafts\n"},
		{ExitFindings, lintTally{failing: 2, failOn: "error"}, i18n.ID,
			"commit dihentikan: ada 2 galat pada tingkat fail_on (error) atau lebih tinggi di draf yang di-stage\npostlint: perbaiki lalu stage perbaikannya (git add), atau lewati pemeriksaan ini untuk satu commit: git commit --no-verify"},
		{ExitFindings, lintTally{failing: 5, failOn: "info"}, i18n.ID, "ada 5 temuan pada tingkat fail_on (info)"},
		{ExitError, lintTally{}, i18n.EN, "commit stopped: postlint could not check the staged drafts (see the message above)\npostlint: fix the problem, or skip this check for one commit: git commit --no-verify"},
		{ExitError, lintTally{}, i18n.ID, "commit dihentikan: postlint tidak dapat memeriksa"},
		{ExitInternal, lintTally{failing: 1, failOn: "error"}, i18n.EN, "commit stopped: postlint crashed (an internal error, a bug in postlint)"},
		{ExitInternal, lintTally{}, i18n.ID, "galat internal, bug di postlint"},
	} {
		got := hookStopped(tt.code, tt.tally, tt.locale)
		if !strings.Contains(got, tt.want) || !strings.HasSuffix(got, "git commit --no-verify") || strings.Count(got, "\n") != 1 {
			t.Errorf("hookStopped(%d, %+v, %s) =\n%s\nwant it to hold %q and end with the bypass", tt.code, tt.tally, tt.locale, got, tt.want)
		}
	}
}

// TestHookScriptTellsPostlint: the hook marks its run, so that only a
// commit stopped by the hook talks of commits, and stays POSIX sh.
func TestHookScriptTellsPostlint(t *testing.T) {
	if !strings.Contains(HookScript, "\n"+HookEnv+"=pre-commit\nexport "+HookEnv+"\nexec postlint --staged\n") {
		t.Errorf("hook script:\n%s", HookScript)
	}
	env := func(v string) Env {
		return Env{Getenv: func(k string) string { return map[string]string{HookEnv: v}[k] }}
	}
	if !inPreCommitHook(env("pre-commit")) || inPreCommitHook(env("")) || inPreCommitHook(env("1")) || inPreCommitHook(Env{}) {
		t.Error("inPreCommitHook")
	}
}
