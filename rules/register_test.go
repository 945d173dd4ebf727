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
