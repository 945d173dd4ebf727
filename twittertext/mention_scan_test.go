package twittertext

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// mentionRe is the pattern mentionLocs stands for.
var mentionRe = regexp.MustCompile(mentionPattern)

// checkMentionsAgainstRegexp compares the scanner with the pattern.
func checkMentionsAgainstRegexp(t *testing.T, text string) {
	t.Helper()
	want := mentionRe.FindAllStringSubmatchIndex(text, -1)
	got := mentionLocs(text)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("mentionLocs(%q) = %v, the pattern finds %v", text, got, want)
	}
}

func TestMentionsMatchRegexp(t *testing.T) {
	f := loadConformance(t, "extract.yml")
	for _, cases := range f.Tests {
		for _, c := range cases {
			checkMentionsAgainstRegexp(t, c.Text)
		}
	}
	for _, s := range fuzzSeeds {
		checkMentionsAgainstRegexp(t, s)
	}
	for _, s := range []string{
		"", "@", "@a", " @a", "@@a", "a@b", "a @b", "rt@a", "RT:@a", "xrt@a", "x rt:@a", ".rt@a", "rT:＠abc",
		"＠a", "日本@a", "日本rt@a", "@a/b", "@a/1", "@a/", "@abc/def-ghi_jk", "@" + strings.Repeat("a", 25),
		"@a/" + strings.Repeat("b", 30), "email me@x.com or @y", "@a@b @c", "!@a #@a $@a _@a *@a",
		"+rt@a ~rt@a -rt@a _rt@a", "\xff@a", "\xffrt@a", "rt:rt:@a", "(@a) [@b]", "@a_b_c_d_e_f_g_h_i_j_k_l",
		"Terima kasih @Kominfo dan @pemkot_sby!", "RT @user: share ini", "ketik @admin/list-satu sekarang",
	} {
		checkMentionsAgainstRegexp(t, s)
	}
}

func FuzzMentionsMatchRegexp(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("x rt:@a/b @c＠d")
	f.Fuzz(func(t *testing.T, text string) {
		checkMentionsAgainstRegexp(t, text)
	})
}

func TestMentionsMatchRegexpRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		checkMentionsAgainstRegexp(t, randomText(rng, entityPieces, 1+rng.IntN(16)))
	}
}
