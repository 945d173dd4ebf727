package draft

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

func TestCalendarRowsArePosts(t *testing.T) {
	src := "Tanggal,Platform,Media,Caption,Alt,Status\r\n" +
		"2026-04-01,instagram,image,\"Vaksin gratis di puskesmas.\nDatang Sabtu, bawa KTP.\",Antrean vaksin,siap\r\n" +
		"2026-04-02,\"facebook, x\",text,\"Kata \"\"ajaib\"\" hari ini: antre\",,draf\r\n" +
		"2026-04-03,instagram,image,,,kosong\r\n" +
		"2026-04-04,myspace,poster,Halo,,\r\n"
	posts := Parse("kalender.csv", FormatCSV, []byte(src), Options{})
	if len(posts) != 3 {
		t.Fatalf("got %d posts, want 3 (the empty caption row is skipped)", len(posts))
	}
	p1 := posts[0]
	if p1.Index != 1 || p1.Text != "Vaksin gratis di puskesmas.\nDatang Sabtu, bawa KTP." || p1.Meta.Media != "image" ||
		strings.Join(p1.Meta.Platforms, ",") != "instagram" || len(p1.Meta.Alt) != 1 || p1.Meta.Date != "2026-04-01" {
		t.Errorf("row 1 = %+v / %q", p1.Meta, p1.Text)
	}
	// "Datang" is on file line 3, after the line break inside the quoted cell.
	if r := locate(t, p1, "Datang"); r.Start != (Position{3, 1}) {
		t.Errorf("Datang at %+v", r.Start)
	}
	if r := locate(t, p1, "Vaksin"); r.Start != (Position{2, 29}) {
		t.Errorf("Vaksin at %+v", r.Start)
	}
	p2 := posts[1]
	if p2.Text != `Kata "ajaib" hari ini: antre` || strings.Join(p2.Meta.Platforms, ",") != "facebook,x" {
		t.Errorf("row 2 = %q %v", p2.Text, p2.Meta.Platforms)
	}
	// The doubled quote collapses; positions after it still map right.
	if r := locate(t, p2, "antre"); r.Start != (Position{4, 57}) {
		t.Errorf("antre at %+v", r.Start)
	}
	p3 := posts[2]
	if len(p3.Problems) != 2 || p3.Problems[0].Range.Start.Line != 6 {
		t.Errorf("row with bad platform and media: %+v", p3.Problems)
	}
}

func TestCalendarProblems(t *testing.T) {
	posts := Parse("k.csv", FormatCSV, []byte("tanggal,judul\n2026-04-01,Halo\n"), Options{})
	if len(posts) != 1 || !posts[0].Fatal() || !strings.Contains(posts[0].Problems[0].Message.EN, "no caption column") {
		t.Errorf("missing caption column: %+v", posts)
	}
	posts = Parse("k.csv", FormatCSV, []byte("caption\nHalo\n\"tidak ditutup\n"), Options{})
	last := posts[len(posts)-1]
	if len(posts) != 2 || !last.Fatal() || last.Problems[0].Range.Start.Line != 3 {
		t.Errorf("unclosed quote: %+v", posts)
	}
	if posts := Parse("k.csv", FormatCSV, nil, Options{}); len(posts) != 0 {
		t.Errorf("empty calendar: %+v", posts)
	}
	custom := Options{Calendar: CalendarColumns{Caption: []string{"naskah"}}}
	if posts := Parse("k.csv", FormatCSV, []byte("Naskah\nHalo warga\n"), custom); len(posts) != 1 || posts[0].Text != "Halo warga" {
		t.Errorf("configured caption column: %+v", posts)
	}
}

// TestCalendarRowsShareTheFile checks what a row costs: posts share the
// file's text and line index, a caption that needs no unquoting is a slice
// of the file, and reading a row takes a bounded number of allocations
// (it took 39 when every row kept copies of its cells and a map of keys).
func TestCalendarRowsShareTheFile(t *testing.T) {
	src := "tanggal,platform,media,caption,alt\r\n" +
		"2026-04-01,instagram,image,  Vaksin gratis hari Sabtu.  ,Antrean\r\n" +
		"2026-04-02,\"instagram, x\",image,\"Datang, bawa KTP.\",Loket\r\n" +
		"2026-04-03,x,text,\"Kata \"\"ajaib\"\"\r\nhari ini\",\r\n"
	data := []byte(src)
	posts := Parse("k.csv", FormatCSV, data, Options{})
	if len(posts) != 3 {
		t.Fatalf("got %d posts", len(posts))
	}
	file := posts[0].pos.src
	inFile := func(s string) bool {
		p, base := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(file.text)))
		return p >= base && p < base+uintptr(len(file.text))
	}
	for i, want := range []string{"Vaksin gratis hari Sabtu.", "Datang, bawa KTP.", "Kata \"ajaib\"\nhari ini"} {
		p := posts[i]
		if p.pos.src != file {
			t.Errorf("post %d has its own copy of the file", i+1)
		}
		if p.Text != want {
			t.Errorf("post %d text = %q, want %q", i+1, p.Text, want)
		}
		if simple := i < 2; inFile(p.Text) != simple {
			t.Errorf("post %d: caption shares the file = %v, want %v", i+1, inFile(p.Text), simple)
		}
	}
	if r := locate(t, posts[0], "Vaksin"); r.Start != (Position{2, 30}) {
		t.Errorf("Vaksin at %+v", r.Start)
	}
	if r := locate(t, posts[2], "hari"); r.Start != (Position{5, 1}) {
		t.Errorf("hari at %+v", r.Start)
	}

	var b strings.Builder
	b.WriteString("tanggal,platform,media,caption,alt\n")
	const rows = 1000
	for i := range rows {
		fmt.Fprintf(&b, "2026-04-%02d,\"instagram, facebook\",image,\"Vaksin gratis di puskesmas %d. Datang Sabtu, bawa KTP.\",Antrean vaksin %d\n", i%28+1, i, i)
	}
	big := []byte(b.String())
	perRow := testing.AllocsPerRun(3, func() { Parse("k.csv", FormatCSV, big, Options{}) }) / rows
	if perRow > 30 {
		t.Errorf("reading a calendar row takes %.1f allocations, want at most 30", perRow)
	}
}
