package command

import (
	"bytes"
	"regexp"
	"runtime/debug"
	"testing"
)

func TestVersionFrom(t *testing.T) {
	const rev = "9941631f0c2b7d8e6a5b4c3d2e1f0a9b8c7d6e5f"
	vcs := func(modified string) []debug.BuildSetting {
		return []debug.BuildSetting{
			{Key: "-trimpath", Value: "true"},
			{Key: "vcs", Value: "git"},
			{Key: "vcs.revision", Value: rev},
			{Key: "vcs.time", Value: "2026-05-04T10:00:00Z"},
			{Key: "vcs.modified", Value: modified},
		}
	}
	for _, tc := range []struct {
		name    string
		stamped string
		info    *debug.BuildInfo
		want    string
	}{
		{"release build: -ldflags wins over everything",
			"v1.2.3", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.2"}, Settings: vcs("true")}, "v1.2.3"},
		{"release snapshot", "v0.0.1-SNAPSHOT-9941631", nil, "v0.0.1-SNAPSHOT-9941631"},
		{"go install module@v1.2.3",
			"", &debug.BuildInfo{Main: debug.Module{Path: "github.com/postlint/postlint", Version: "v1.2.3"}}, "v1.2.3"},
		{"go build at a tag of a clean checkout",
			"", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}, Settings: vcs("false")}, "v1.2.3"},
		{"go build between tags: Go's pseudo-version",
			"", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.4-0.20260504100000-9941631f0c2b+dirty"}, Settings: vcs("true")},
			"v1.2.4-0.20260504100000-9941631f0c2b+dirty"},
		{"local build with a commit but no version: clean",
			"", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs("false")}, "v0.0.0-dev+9941631"},
		{"local build with a commit but no version: changed files",
			"", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs("true")}, "v0.0.0-dev+9941631.dirty"},
		{"short revision kept whole",
			"", &debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc12"}}}, "v0.0.0-dev+abc12"},
		{"no VCS information (-buildvcs=false)",
			"", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{{Key: "CGO_ENABLED", Value: "0"}}}, "v0.0.0-dev"},
		{"no build information at all", "", nil, "v0.0.0-dev"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := versionFrom(tc.stamped, tc.info); got != tc.want {
				t.Errorf("versionFrom(%q, …) = %q, want %q", tc.stamped, got, tc.want)
			}
		})
	}
}

// The version line keeps its shape: name, version, then Go version and
// platform in parentheses.
func TestPrintVersion(t *testing.T) {
	var buf bytes.Buffer
	if err := PrintVersion(&buf); err != nil {
		t.Fatal(err)
	}
	line := regexp.MustCompile(`^postlint v\d+\.\d+\.\d+\S* \(go[^,]+, [a-z0-9]+/[a-z0-9]+\)\n$`)
	if !line.MatchString(buf.String()) {
		t.Errorf("version line %q does not match %s", buf.String(), line)
	}
}
