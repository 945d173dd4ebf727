package config

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/postlint/postlint/internal/lazyre"
)

// DefaultMaxDraftSize is the largest draft read when the config does not
// set max_draft_size: far above any caption or calendar, far below what
// would strain memory on every core.
const DefaultMaxDraftSize int64 = 8 << 20

var sizeRe = lazyre.New(`^(\d+)\s*([KMG]i?B|B)?$`)

// parseSize reads max_draft_size: a number of bytes, or a string with a
// unit ("8MiB", "512 KiB", "2MB"). KiB, MiB and GiB are powers of 1024; KB,
// MB and GB powers of 1000.
func parseSize(v any) (int64, error) {
	var n int64
	switch v := v.(type) {
	case int64:
		n = v
	case string:
		m := sizeRe.FindStringSubmatch(strings.TrimSpace(v))
		if m == nil {
			return 0, fmt.Errorf("max_draft_size must be a number of bytes or a size such as \"8MiB\" or \"512KiB\", not %q", v)
		}
		num, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil {
			return 0, fmt.Errorf("max_draft_size %q is too large", v)
		}
		unit := map[string]int64{"": 1, "B": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30}[m[2]]
		if num > math.MaxInt64/unit {
			return 0, fmt.Errorf("max_draft_size %q is too large", v)
		}
		n = num * unit
	default:
		return 0, fmt.Errorf("max_draft_size must be a number of bytes or a size such as \"8MiB\", not %v", v)
	}
	if n <= 0 {
		return 0, fmt.Errorf("max_draft_size must be more than 0 bytes")
	}
	return n, nil
}
