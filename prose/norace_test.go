//go:build !race

package prose

import "testing"

func skipUnderRace(*testing.T) {}
