package draft

import (
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// fill repeats piece until the result is just under n bytes.
func fill(piece string, n int) string {
	return strings.Repeat(piece, n/len(piece))
}

// fillKeys writes "k<i> = value" lines with distinct keys until the result
// is just under n bytes.
func fillKeys(value string, n int) string {
	var b strings.Builder
	for i := 0; ; i++ {
		line := "k" + strconv.Itoa(i) + " = " + value + "\n"
		if b.Len()+len(line) > n {
			return b.String()
		}
		b.WriteString(line)
	}
}

// hostileFrontMatter are the worst front-matter blocks within the limits,
// and some past them, that the reader must get through quickly.
func hostileFrontMatter() map[string]string {
	const limit = maxFrontMatterBytes - 64
	deepTOML := strings.Repeat("{a = ", maxNesting-1) + "1" + strings.Repeat("}", maxNesting-1)
	return map[string]string{
		"yaml-alias-bomb":      aliasBomb(),
		"yaml-aliases-64KiB":   "---\na: &a [x]\nb: [" + fill("*a,", limit) + "*a]\n---\nIsi",
		"yaml-anchors-64KiB":   "---\na: [" + fill("&a x,", limit) + "x]\n---\nIsi",
		"yaml-flow-10000":      "---\na: " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n---\nIsi",
		"yaml-flow-too-deep":   "---\na: " + fill("[", limit) + "\n---\nIsi",
		"yaml-block-64KiB":     "---\n" + fill("a: [b, c, d]\n", limit) + "---\nIsi",
		"toml-inline-40KB":     "+++\na = " + strings.Repeat("{b = ", 40000/6) + "1" + strings.Repeat("}", 40000/6) + "\n+++\nIsi",
		"toml-dotted-64KiB":    "+++\n" + fill("a.", limit) + "b = 1\n+++\nIsi",
		"toml-32-levels-64KiB": "+++\n" + fillKeys(deepTOML, limit) + "+++\nIsi",
		"toml-keys-64KiB":      "+++\n" + fillKeys("[\"a\", \"b\", {c = 1}]", limit) + "+++\nIsi",
		"over-64KiB":           "---\nhook: \"" + strings.Repeat("a", 1<<20) + "\"\n---\nIsi",
	}
}

// BenchmarkHostileFrontMatter reads each hostile block; every one must be
// a quick finding or a quick read, not time or memory growing faster than
// the block.
func BenchmarkHostileFrontMatter(b *testing.B) {
	for name, src := range hostileFrontMatter() {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				Parse("a.md", FormatMarkdown, []byte(src), Options{})
			}
		})
	}
}

// calendarCSV generates a content calendar of n rows like a team's export:
// quoted captions with commas, a platform list, media, alt text, a date.
func calendarCSV(n int) []byte {
	var b strings.Builder
	b.WriteString("tanggal,platform,media,caption,alt\n")
	for i := range n {
		b.WriteString("2026-04-")
		b.WriteString(strconv.Itoa(i%18 + 10))
		b.WriteString(",\"instagram, facebook\",image,\"Vaksin gratis di puskesmas ")
		b.WriteString(strconv.Itoa(i))
		b.WriteString(". Datang Sabtu, bawa KTP.\",Antrean vaksin ")
		b.WriteString(strconv.Itoa(i))
		b.WriteString("\n")
	}
	return []byte(b.String())
}

// BenchmarkCalendarRows reads a calendar of 100,000 rows and reports the
// memory the posts keep per row once read (retained-B/row) beside what
// reading allocates in all.
func BenchmarkCalendarRows(b *testing.B) {
	const rows = 100_000
	data := calendarCSV(rows)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var retained float64
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		posts := Parse("k.csv", FormatCSV, data, Options{})
		runtime.GC()
		runtime.ReadMemStats(&after)
		if len(posts) != rows {
			b.Fatalf("%d posts", len(posts))
		}
		retained = float64(after.HeapAlloc-before.HeapAlloc) / rows
		runtime.KeepAlive(posts)
	}
	b.ReportMetric(retained, "retained-B/row")
}

// calendarWorkbook is a workbook calendar of n rows as a PR office keeps
// one: a title, Indonesian headers, dates merged over three posts a day,
// a time column, captions of a few sentences.
func calendarWorkbook(b testing.TB, n int) []byte {
	return makeWorkbook(b, func(w sheetWriter) {
		w.rows("Kalender", 1, []any{"KALENDER KONTEN"}, []any{}, []any{"No", "Tanggal", "Jam", "Platform", "Jenis", "Naskah", "Teks Alternatif", "PIC"})
		for i := 0; i < n; i++ {
			row := 4 + i
			w.rows("Kalender", row, []any{i + 1, nil, float64(8+i%3*4) / 24, "Instagram, Facebook", "image",
				"Vaksinasi gratis di puskesmas " + strconv.Itoa(i) + ". Datang Sabtu pukul 08.00–12.00 WIB, bawa KTP dan kartu vaksin. #VaksinSleman",
				"Petugas menyuntik warga di puskesmas", "Rina"})
			if i%3 == 0 {
				w.rows("Kalender", row, []any{nil, 46146 + i/3})
				if i+2 < n {
					w.must(w.f.MergeCell("Kalender", "B"+strconv.Itoa(row), "B"+strconv.Itoa(row+2)))
				}
			}
		}
		w.style("Kalender", "B4", "B"+strconv.Itoa(3+n), numFmt("dd/mm/yyyy"))
		w.style("Kalender", "C4", "C"+strconv.Itoa(3+n), numFmt("hh:mm"))
	})
}

// BenchmarkWorkbookRows reads a 1,000-row workbook calendar.
func BenchmarkWorkbookRows(b *testing.B) {
	data := calendarWorkbook(b, 1000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if posts := Parse("k.xlsx", FormatXLSX, data, Options{}); len(posts) != 1000 {
			b.Fatalf("%d posts", len(posts))
		}
	}
}

// typicalBody is a short post body like most drafts: two paragraphs,
// an emoji, a link, hashtags.
const typicalBody = "Cetak KTP-el kini bisa hari Sabtu di semua kantor kecamatan. 📢 " +
	"Warga yang ingin mengurus akta kelahiran cukup membawa KK asli dan surat keterangan lahir.\n\n" +
	"Imunisasi campak gratis untuk anak usia 9 bulan hingga 5 tahun di seluruh puskesmas. " +
	"Info lengkap: https://surabaya.go.id/layanan/ktp?tab=jadwal\n\n#LayananPublik #KTPel #Surabaya\n"

// BenchmarkParseFrontMatter reads a typical short draft with each kind of
// front matter, the way most files of a run look.
func BenchmarkParseFrontMatter(b *testing.B) {
	for _, c := range []struct{ name, src string }{
		{"yaml", "---\nplatform: [facebook, instagram]\nmedia: image\nlang: id\n---\n" + typicalBody},
		{"yaml-alt", "---\nplatform: [instagram]\nmedia: image\nlang: id\nalt: \"Petugas melayani warga di loket kecamatan\"\n---\n" + typicalBody},
		{"yaml-parser", "---\n# read by the YAML parser\nplatform: [facebook, instagram]\nmedia: image\nlang: id\npostlint:\n  disable: [hook-fold]\n---\n" + typicalBody},
		{"toml", "+++\nplatform = [\"instagram\"]\nmedia = \"image\"\nlang = \"id\"\n+++\n" + typicalBody},
		{"none", typicalBody},
	} {
		data := []byte(c.src)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				Parse("a.md", FormatMarkdown, data, Options{})
			}
		})
	}
}
