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
	if len(posts) != 4 {
		t.Fatalf("got %d posts, want 4 (the empty caption row is a planned slot)", len(posts))
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
	slot := posts[2]
	if len(slot.Problems) != 1 || slot.Problems[0].Rule != "caption-missing" || !slot.Fatal() ||
		slot.Problems[0].Message.EN != "row 4 (2026-04-03) has no caption yet" || slot.Problems[0].Range.Cell.Label().EN != "row 4, column Caption" {
		t.Errorf("planned slot: %+v", slot.Problems)
	}
	p3 := posts[3]
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

// postSummary is what the calendar tests compare of each post.
func postSummary(p *Post) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d@%d %q", p.Index, p.Line, p.Text)
	if p.Meta.Date != "" {
		b.WriteString(" date=" + p.Meta.Date)
	}
	if len(p.Meta.Platforms) > 0 {
		b.WriteString(" platform=" + strings.Join(p.Meta.Platforms, ","))
	}
	if p.Meta.Media != "" {
		b.WriteString(" media=" + p.Meta.Media.String())
	}
	if p.Meta.Images != 0 {
		fmt.Fprintf(&b, " images=%d", p.Meta.Images)
	}
	for _, pr := range p.Problems {
		where := ""
		if pr.Range.Cell != nil {
			where = pr.Range.Cell.Ref() + " "
		}
		fmt.Fprintf(&b, " [%s %s%s]", pr.Rule, where, pr.Message.EN)
	}
	return b.String()
}

// csvSummary is what the CSV reading tests compare of each post, with the
// cell each problem names as a spreadsheet user would.
func csvSummary(p *Post) string {
	s := postSummary(p)
	for _, pr := range p.Problems {
		if pr.Range.Cell != nil {
			s += " {" + pr.Range.Cell.Label().EN + "}"
		}
	}
	return s
}

func TestCalendarSeparatorsAndHeaders(t *testing.T) {
	tests := []struct {
		name, path, src string
		opts            Options
		want            []string
	}{
		{"comma, English headers", "k.csv", "date,platform,caption\n2026-04-05,instagram,\"Hello, residents.\"\n", Options{},
			[]string{`1@2 "Hello, residents." date=2026-04-05 platform=instagram`}},
		{"semicolon from an Indonesian spreadsheet: day-first dates, dotted times, commas inside captions",
			"k.csv", "Tanggal;Jam;Platform;Naskah\r\n05/04/2026;09.00;Instagram, Facebook;Halo warga, KTP-el bisa dicetak Sabtu.\r\n", Options{},
			[]string{`1@2 "Halo warga, KTP-el bisa dicetak Sabtu." date=2026-04-05T09:00:00 platform=instagram,facebook`}},
		{"semicolon with a BOM and quotes around a separator", "k.csv",
			"\uFEFFtanggal;naskah\n2026-04-05;\"Satu; dua\"\"tiga\"\"\"\n", Options{},
			[]string{`1@2 "Satu; dua\"tiga\"" date=2026-04-05`}},
		{"tab in a .tsv file", "k.tsv", "Naskah\tTanggal\nHalo, warga; semua.\t2026-04-05\n", Options{},
			[]string{`1@2 "Halo, warga; semua." date=2026-04-05`}},
		{"tab in a .csv file", "k.csv", "Naskah\tTanggal\tPlatform\nHalo warga.\t2026-04-05\tx\n", Options{},
			[]string{`1@2 "Halo warga." date=2026-04-05 platform=x`}},
		{"a sep= line names the separator", "k.csv", "sep=;\nnaskah;platform\nHalo, warga.;x\n", Options{},
			[]string{`1@3 "Halo, warga." platform=x`}},
		{"platforms joined the ways people write them", "k.csv",
			"naskah;platform\nSatu.;Instagram & Facebook\nDua.;IG/FB + X\nTiga.;Instagram dan Facebook\n", Options{},
			[]string{`1@2 "Satu." platform=instagram,facebook`, `2@3 "Dua." platform=instagram,facebook,x`, `3@4 "Tiga." platform=instagram,facebook`}},
		{"Hari/Tanggal is the date column", "k.csv", "NO;HARI/TANGGAL;JAM TAYANG;CAPTION;KETERANGAN\n1;04/05/2026;08.00;Halo.;sudah ACC\n", Options{},
			[]string{`1@2 "Halo." date=2026-05-04T08:00:00`}},
		{"headers match whatever the case, spacing or underscores", "k.csv",
			"JENIS KONTEN;Teks_Alternatif; ISI KONTEN ;Images\nimage;Petugas di loket;Halo.;2\n", Options{},
			[]string{`1@2 "Halo." media=image images=2`}},
		{"configured column names", "k.csv", "Copywriting,Kanal\nHalo.,x\n",
			Options{Calendar: CalendarColumns{Caption: []string{"copy writing"}, Platform: []string{"kanal"}}},
			[]string{`1@2 "Halo." platform=x`}},
		{"rows as a spreadsheet numbers them: blank lines and multi-line cells count once", "k.csv",
			"tanggal;naskah\n\n2026-04-05;\"Satu\nDua\"\n2026-04-06;\n;\n2026-04-07;Tiga\n", Options{},
			[]string{`1@3 "Satu\nDua" date=2026-04-05`,
				`2@5 "" date=2026-04-06 [caption-missing B4 row 4 (2026-04-06) has no caption yet] {row 4, column naskah}`,
				`3@7 "Tiga" date=2026-04-07`}},
		{"a planned slot in a short row; a row with only other columns is nothing", "k.csv",
			"Tanggal,Platform,Naskah,Status\n2026-04-12 08:00,instagram\n,,,batal\n", Options{},
			[]string{`1@2 "" date=2026-04-12T08:00:00 platform=instagram [caption-missing C2 row 2 (2026-04-12 08:00) has no caption yet] {row 2, column Naskah}`}},
		{"a time that is no time", "k.csv", "tanggal,jam,naskah\n2026-04-05,pagi,Halo.\n", Options{},
			[]string{`1@2 "Halo." date=2026-04-05 [front-matter B2 "pagi" is not a time of day] {row 2, column jam}`}},
		{"a whole date and time in the time column", "k.csv", "waktu,naskah\n05/04/2026 19.30,Halo.\n", Options{},
			[]string{`1@2 "Halo." date=2026-04-05T19:30:00`}},
		{"an impossible day is reported as written", "k.csv", "tanggal,naskah\n31/02/2026,Halo.\n", Options{},
			[]string{`1@2 "Halo." [front-matter A2 front matter key "date" must be a date such as 2026-04-02 or 2026-04-02T09:00, not text] {row 2, column tanggal}`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			posts := Parse(tc.path, FormatOf(tc.path), []byte(tc.src), tc.opts)
			got := make([]string, len(posts))
			for i, p := range posts {
				got[i] = csvSummary(p)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("posts:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestCalendarClockAndDate(t *testing.T) {
	for in, want := range map[string]string{"9:00": "09:00", "09.00": "09:00", "9.05 WIB": "09:05", "13:30:15": "13:30:15",
		"1:30 PM": "13:30", "12.00 am": "00:00", "19.00 WITA": "19:00", "pukul 08.00": "08:00"} {
		if got, ok := calendarClock(in); !ok || got != want {
			t.Errorf("calendarClock(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"pagi", "9", "25:00", "9:60", "13:00 PM", "9.5", "1:2:3:4", ""} {
		if got, ok := calendarClock(in); ok {
			t.Errorf("calendarClock(%q) = %q, want no time", in, got)
		}
	}
	for in, want := range map[string]string{"05/04/2026": "2026-04-05", "5-4-26": "2026-04-05", "05.04.2026 9.30": "2026-04-05T09:30",
		"2026-04-05": "2026-04-05", "2026-04-05 09.30": "2026-04-05T09:30", "2026-04-05 09:30": "2026-04-05 09:30",
		"31/04/2026": "31/04/2026", "5/4": "5/4", "Senin": "Senin", "05/04/2026 pagi": "05/04/2026 pagi"} {
		if got := calendarDate(in); got != want {
			t.Errorf("calendarDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCalendarFixesKeepTheSeparator(t *testing.T) {
	posts := Parse("k.csv", FormatCSV, []byte("naskah;platform\nHalo warga;x\n"), Options{})
	p := posts[0]
	if _, _, ok := p.FileEdit(0, 4, "Hai"); !ok {
		t.Error("a plain replacement in an unquoted cell was dropped")
	}
	if _, _, ok := p.FileEdit(0, 4, "Hai;"); ok {
		t.Error("a replacement holding the separator was kept: it would split the cell")
	}
	if _, _, ok := p.FileEdit(0, 4, "Hai,"); !ok {
		t.Error("a comma is no separator in this calendar")
	}
}
