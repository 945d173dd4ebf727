package engine

import (
	"reflect"
	"testing"

	"github.com/postlint/postlint/rules"
)

// TestBuiltinDefaultsNeedNoValidation backs ruleBuilder.build, which
// validates a built-in rule only when options were decoded into it: every
// rule's defaults pass Validate, and Validate leaves them as they are.
func TestBuiltinDefaultsNeedNoValidation(t *testing.T) {
	for _, id := range rules.IDs() {
		r, _ := rules.New(id)
		fresh, _ := rules.New(id)
		if err := validate(r); err != nil {
			t.Errorf("%s: the defaults do not validate: %v", id, err)
		}
		if !reflect.DeepEqual(r, fresh) {
			t.Errorf("%s: Validate changed the defaults: %+v, was %+v", id, r, fresh)
		}
	}
}
