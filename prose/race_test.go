//go:build race

package prose

import "testing"

// The race detector makes sync.Pool drop items at random, so allocation
// counts are not meaningful under it.
func skipUnderRace(t *testing.T) {
	t.Helper()
	t.Skip("allocation counts are not meaningful under the race detector")
}
