package i18n

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"math"
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// fast reports whether the formatter handles both formats itself, without
// falling back to fmt.
func fast(en, id string, args []any) bool {
	_, okEN := appendFormat(nil, en, EN, args)
	_, okID := appendFormat(nil, id, ID, args)
	return okEN && okID
}

// checkSame fails unless Sprintf gives exactly what the fmt-based
// implementation gives.
func checkSame(t *testing.T, en, id string, args []any) {
	t.Helper()
	want := sprintfFmt(en, id, args)
	if got := Sprintf(en, id, args...); got != want {
		t.Errorf("Sprintf(%q, %q, %#v)\n got %q\nwant %q", en, id, args, got, want)
	}
}

type named string

func (n named) String() string { return "named:" + string(n) }

func TestSprintfCases(t *testing.T) {
	unit := T("bytes", "bita")
	tests := []struct {
		name           string
		en, id         string
		args           []any
		wantEN, wantID string
		fast           bool
	}{
		{"no args", "plain", "polos", nil, "plain", "polos", true},
		{"empty", "", "", nil, "", "", true},
		{"empty ID", "x %d", "", []any{1}, "x 1", "%!(EXTRA int=1)", false},
		{"percent", "100%% sure %d", "%%%d", []any{5}, "100% sure 5", "%5", true},
		{"string int", "%s: %d", "%s %d", []any{"a", 2}, "a: 2", "a 2", true},
		{"reordered", "%s then %d", "%[2]d lalu %[1]s", []any{"a", 2}, "a then 2", "2 lalu a", true},
		{"index reused", "%[1]d %[1]d %s", "%[2]s", []any{1, "b"}, "1 1 b", "b", true},
		{"index leaves args unused", "%[2]s", "%[1]d", []any{1, "b"}, "b", "1", true},
		{"index zero-padded", "%[01]d", "%[1]d", []any{4}, "4", "4", true},
		{"negative ints", "%d %v", "%v %d", []any{-7, math.MinInt}, "-7 " + strconv.Itoa(math.MinInt), "-7 " + strconv.Itoa(math.MinInt), true},
		{"v on string", "%v", "%v", []any{"s"}, "s", "s", true},
		{"quote unicode", "%q", "%q", []any{"héllo ✓ 😀"}, `"héllo ✓ 😀"`, `"héllo ✓ 😀"`, true},
		{"quote control", "%q", "%q", []any{"a\tb\n\x00\x7f\u200b\"\\"}, `"a\tb\n\x00\x7f\u200b\"\\"`, `"a\tb\n\x00\x7f\u200b\"\\"`, true},
		{"quote invalid UTF-8", "%q", "%s", []any{"\xff\xfe"}, `"\xff\xfe"`, "\xff\xfe", true},
		{"quote empty", "%q", "%q", []any{""}, `""`, `""`, true},
		{"Text", "%d %s over", "lebih %d %s", []any{3, unit}, "3 bytes over", "lebih 3 bita", true},
		{"Text quoted", "%q", "%q", []any{unit}, `"bytes"`, `"bita"`, true},
		{"Text without ID", "%s", "%s", []any{T("en only", "")}, "en only", "en only", true},
		{"zero Text", "[%s]", "[%s]", []any{Text{}}, "[]", "[]", true},
		{"nil", "%v", "%v", []any{nil}, "<nil>", "<nil>", false},
		{"error", "%v", "%s", []any{errors.New("boom")}, "boom", "boom", false},
		{"named string", "%s", "%s", []any{named("x")}, "named:x", "named:x", false},
		{"int64", "%d", "%d", []any{int64(9)}, "9", "9", false},
		{"float", "%v", "%v", []any{1.5}, "1.5", "1.5", false},
		{"width", "%5d", "%d", []any{3}, "    3", "3", false},
		{"flag", "%+q", "%#q", []any{"é"}, `"\u00e9"`, "`é`", false},
		{"precision", "%.2s", "%s", []any{"abc"}, "ab", "abc", false},
		{"q on int", "%q", "%d", []any{65}, "'A'", "65", false},
		{"s on int", "%s", "%d", []any{1}, "%!s(int=1)", "1", false},
		{"d on string", "%d", "%s", []any{"a"}, "%!d(string=a)", "a", false},
		{"bad verb", "%z", "%s", []any{"a"}, "%!z(string=a)", "a", false},
		{"missing arg", "%s %s", "%s", []any{"a"}, "a %!s(MISSING)", "a", false},
		{"extra arg", "%s", "%s", []any{"a", 2}, "a%!(EXTRA int=2)", "a%!(EXTRA int=2)", false},
		{"bad index", "%[3]s", "%s", []any{"a"}, "%!s(BADINDEX)", "a", false},
		{"index zero", "%[0]s", "%s", []any{"a"}, "%!s(BADINDEX)", "a", false},
		{"empty index", "%[]s", "%s", []any{"a"}, "%!s(BADINDEX)", "a", false},
		{"unclosed index", "%[1", "%s", []any{"a"}, "%!(NOVERB)", "a", false},
		{"indexed percent", "%[1]%", "%s", []any{"a"}, "%", "a", false},
		{"trailing percent", "a %", "%s", []any{"a"}, "a %!(NOVERB)%!(EXTRA string=a)", "a", false},
		{"multibyte verb", "%é", "%s", []any{"a"}, "%!é(string=a)", "a", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sprintf(tt.en, tt.id, tt.args...)
			if got.EN != tt.wantEN || got.ID != tt.wantID {
				t.Errorf("got %q / %q, want %q / %q", got.EN, got.ID, tt.wantEN, tt.wantID)
			}
			checkSame(t, tt.en, tt.id, tt.args)
			if f := fast(tt.en, tt.id, tt.args); f != tt.fast {
				t.Errorf("fast path taken: %v, want %v", f, tt.fast)
			}
		})
	}
}

// TestSprintfRepositoryFormats formats every pair of literal formats the
// repository passes to i18n.Sprintf, with arguments of the types its verbs
// take, and wants the fast path to take all of them.
func TestSprintfRepositoryFormats(t *testing.T) {
	pairs := repositoryFormats(t)
	if len(pairs) < 150 {
		t.Fatalf("found only %d format pairs", len(pairs))
	}
	t.Logf("%d format pairs", len(pairs))
	for _, p := range pairs {
		verbs := argVerbs(p.en, p.id, p.numArgs)
		for variant := range 8 {
			args := make([]any, p.numArgs)
			for i, verb := range verbs {
				args[i] = sampleArg(verb, variant+i)
			}
			checkSame(t, p.en, p.id, args)
			if !fast(p.en, p.id, args) {
				t.Errorf("%s: %q / %q with %#v falls back to fmt", p.where, p.en, p.id, args)
			}
		}
	}
}

type formatPair struct {
	where, en, id string
	numArgs       int
}

// repositoryFormats collects the i18n.Sprintf calls in the module whose
// formats are string literals (or sums of them).
func repositoryFormats(t *testing.T) []formatPair {
	t.Helper()
	var pairs []formatPair
	fset := token.NewFileSet()
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != ".." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || !isI18nSprintf(call.Fun) || len(call.Args) < 2 || call.Ellipsis.IsValid() {
				return true
			}
			en, okEN := literal(call.Args[0])
			id, okID := literal(call.Args[1])
			if okEN && okID {
				pairs = append(pairs, formatPair{fset.Position(call.Pos()).String(), en, id, len(call.Args) - 2})
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pairs
}

func isI18nSprintf(fun ast.Expr) bool {
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Sprintf" {
		return false
	}
	x, ok := sel.X.(*ast.Ident)
	return ok && x.Name == "i18n"
}

// literal evaluates a string literal or a + of them.
func literal(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		x, okX := literal(e.X)
		y, okY := literal(e.Y)
		return x + y, e.Op == token.ADD && okX && okY
	case *ast.ParenExpr:
		return literal(e.X)
	}
	return "", false
}

// argVerbs gives the verb each argument is printed with: by the English
// format where it uses the argument, else by the Indonesian one, else 'd'.
func argVerbs(en, id string, numArgs int) []byte {
	verbs := make([]byte, numArgs)
	for _, format := range []string{id, en} {
		next := 0
		for i := 0; i < len(format)-1; i++ {
			if format[i] != '%' {
				continue
			}
			i++
			if format[i] == '%' {
				continue
			}
			if format[i] == '[' {
				end := strings.IndexByte(format[i:], ']')
				if end < 0 {
					break
				}
				n, err := strconv.Atoi(format[i+1 : i+end])
				if err != nil {
					break
				}
				next, i = n-1, i+end+1
			}
			if 0 <= next && next < numArgs && i < len(format) {
				verbs[next] = format[i]
			}
			next++
		}
	}
	for i, v := range verbs {
		if v == 0 {
			verbs[i] = 'd'
		}
	}
	return verbs
}

var (
	sampleInts    = []any{0, 1, 7, -42, 1024, math.MaxInt, math.MinInt}
	sampleStrings = []any{"", "plain", "héllo wörld", T("bytes", "bita"), T("only English", ""),
		"tab\there", `quote " and \ back`, "\x00\x7f\u200b", "\xff not UTF-8", "😀 ✓", Text{}}
)

// sampleArg picks an argument of a type the verb takes.
func sampleArg(verb byte, n int) any {
	if verb == 'd' {
		return sampleInts[n%len(sampleInts)]
	}
	return sampleStrings[n%len(sampleStrings)]
}

// TestSprintfRandom compares with fmt on random formats: most are built to
// suit their arguments, with now and then a piece the fast path must leave
// to fmt.
func TestSprintfRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	fastHits := 0
	const runs = 20000
	for range runs {
		args := make([]any, r.IntN(4))
		for i := range args {
			args[i] = randomArgs[r.IntN(len(randomArgs))]
		}
		en, id := randomFormat(r, args, false), randomFormat(r, args, true)
		checkSame(t, en, id, args)
		if fast(en, id, args) {
			fastHits++
		}
	}
	t.Logf("fast path taken %d times out of %d", fastHits, runs)
	// Both paths must be exercised for the comparison to mean something.
	if fastHits < runs/10 || fastHits > runs-runs/10 {
		t.Errorf("fast path taken %d times out of %d", fastHits, runs)
	}
}

var (
	randomArgs = []any{0, -3, 255, 100000, "", "s", "ü\n", T("en", "id"), T("en", ""), Text{},
		nil, 3.5, errors.New("e"), named("n"), int64(5), []byte("b"), true, uint8(200)}
	randomText = []string{"", "abc", " ", "é✓", "%%", "\xff", "]["}
	randomOdd  = []string{"%", "%s", "%d", "%q", "%v", "%x", "%c", "%T", "%w", "%5d", "%-s", "%+q", "%#q",
		"%.2s", "%[0]d", "%[9]d", "%[x]d", "%[1]%", "%[]d", "%[1", "%!", "%é", "%*d", "%[2]*[1]d", "%[1]5d"}
	randomVerbs = []byte("sdqv")
)

// randomFormat builds a format that prints args in order (or, reordered,
// by index in any order), each with a random one of the verbs the fast
// path knows, with random text between and now and then an odd piece.
func randomFormat(r *rand.Rand, args []any, reordered bool) string {
	var b strings.Builder
	for i := range args {
		b.WriteString(randomText[r.IntN(len(randomText))])
		if r.IntN(20) == 0 {
			b.WriteString(randomOdd[r.IntN(len(randomOdd))])
		}
		b.WriteByte('%')
		if reordered {
			fmt.Fprintf(&b, "[%d]", r.IntN(len(args))+1)
		} else if r.IntN(10) == 0 {
			fmt.Fprintf(&b, "[%d]", i+1)
		}
		b.WriteByte(randomVerbs[r.IntN(len(randomVerbs))])
	}
	b.WriteString(randomText[r.IntN(len(randomText))])
	return b.String()
}

// FuzzSprintf compares with fmt.Sprintf for string and int arguments.
func FuzzSprintf(f *testing.F) {
	f.Add("%s: %d", "%[2]d: %[1]s", "a", 1, uint8(3))
	f.Add("%q", "%v", "héllo\x00", -5, uint8(1))
	f.Add("100%%", "%[1]d%%", "", 0, uint8(2))
	f.Add("%[2]q %d", "%[1]s", "\xff", 9, uint8(4))
	f.Add("%5d %-q", "%!", "x", 3, uint8(3))
	f.Fuzz(func(t *testing.T, en, id, s string, n int, order uint8) {
		var args []any
		switch order % 5 {
		case 1:
			args = []any{s}
		case 2:
			args = []any{n}
		case 3:
			args = []any{s, n}
		case 4:
			args = []any{n, s, s}
		}
		want := Text{EN: fmt.Sprintf(en, args...), ID: fmt.Sprintf(id, args...)}
		if got := Sprintf(en, id, args...); got != want {
			t.Errorf("Sprintf(%q, %q, %#v) = %q, want %q", en, id, args, got, want)
		}
	})
}

// TestSprintfAllocatesOnce pins that both languages share one string.
func TestSprintfAllocatesOnce(t *testing.T) {
	args := []any{"rule", 3, T("bytes", "bita")}
	allocs := testing.AllocsPerRun(100, func() {
		Sprintf("%s: %d %s", "%[1]s: %[2]d %[3]s", args...)
	})
	if allocs != 1 {
		t.Errorf("%v allocations, want 1", allocs)
	}
}

func BenchmarkSprintf(b *testing.B) {
	calls := []struct {
		en, id string
		args   []any
	}{
		{"acronym %q is not explained in the post", "singkatan %q tidak dijelaskan di unggahan ini", []any{"NASA"}},
		{"%d acronyms are not explained in the post (%s)", "%d singkatan tidak dijelaskan di unggahan ini (%s)", []any{3, "NASA, ESA, JAXA"}},
		{"row %d, column %s", "baris %d, kolom %s", []any{12, "B"}},
		{"%d %s over", "lebih %d %s", []any{300, T("characters", "karakter")}},
	}
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, c := range calls {
				Sprintf(c.en, c.id, c.args...)
			}
		}
	})
	b.Run("fmt", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, c := range calls {
				sprintfFmt(c.en, c.id, c.args)
			}
		}
	})
}

// TestAppendQuoteSameAsStrconv compares appendQuote with strconv.Quote on
// every byte alone, on each byte in printable words, and on random
// strings of ASCII, other runes and invalid UTF-8.
func TestAppendQuoteSameAsStrconv(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := string(appendQuote([]byte("x"), s)), "x"+strconv.Quote(s); got != want {
			t.Fatalf("appendQuote(%q) = %s, want %s", s, got, want)
		}
	}
	for _, s := range []string{"", "#indonesiamaju", "NASA", `a"b`, `a\b`, "tab\there", "é", "\x7f", "\xff", "~ !"} {
		check(s)
	}
	for c := range 256 {
		check(string([]byte{byte(c)}))
		check("word" + string([]byte{byte(c)}) + "word")
	}
	alphabet := []string{"a", "Z", " ", "~", "\"", "\\", "\n", "\x00", "\x7f", "é", "ß", "\u200b", "\xe2\x80", "\xff", "😀"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		check(b.String())
	}
}

func FuzzAppendQuote(f *testing.F) {
	for _, s := range []string{"", "#batik", `"`, "\\", "\x7f", "é", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendQuote(nil, s)), strconv.Quote(s); got != want {
			t.Errorf("appendQuote(%q) = %s, want %s", s, got, want)
		}
	})
}
