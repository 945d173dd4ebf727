package rules

import "testing"

// TestRegisteredIDs checks that every rule is registered under the ID its
// Doc gives, as the old registration read it, and that New builds it.
func TestRegisteredIDs(t *testing.T) {
	if len(registry) == 0 {
		t.Fatal("no rule registered")
	}
	for id, f := range registry {
		if got := f().Doc().ID; got != id {
			t.Errorf("rule registered as %q documents ID %q", id, got)
		}
		r, ok := New(id)
		if !ok || r.Doc().ID != id {
			t.Errorf("New(%q) = %v, %v", id, r, ok)
		}
	}
}

// TestFileRulesRegisteredAsSuch checks that IsFileRule holds for the
// rules that are FileRules and only for them: a file rule registered with
// register would never run, and another rule registered with registerFile
// would be run once per file instead of per post.
func TestFileRulesRegisteredAsSuch(t *testing.T) {
	var files int
	for _, id := range IDs() {
		r, _ := New(id)
		_, isFile := r.(FileRule)
		if IsFileRule(id) != isFile {
			t.Errorf("IsFileRule(%q) = %v, but the rule is a FileRule: %v", id, IsFileRule(id), isFile)
		}
		if isFile {
			files++
		}
	}
	if files == 0 {
		t.Error("no file rule registered")
	}
	if IsFileRule("no-such-rule") {
		t.Error(`IsFileRule("no-such-rule") = true`)
	}
}

// TestRegisterDuplicatePanics checks that a second rule under a taken ID
// is refused.
func TestRegisterDuplicatePanics(t *testing.T) {
	for id := range registry {
		defer func() {
			if recover() == nil {
				t.Errorf("register(%q) twice did not panic", id)
			}
		}()
		register(id, registry[id])
		return
	}
}
