// Command excelcalendar writes the example workbook
// examples/calendar/kalender-mei-2026.xlsx: a content calendar laid out
// the way a PR office keeps one in Excel, with Indonesian headers under a
// title row, real date and time cells, dates merged over the posts of a
// day, a formula, rich text, a planned slot without a caption and a
// second sheet that is no calendar.
//
//	go run ./tools/excelcalendar            # rewrite the example
//	go run ./tools/excelcalendar -out x.xlsx
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/xuri/excelize/v2"
)

func main() {
	out := flag.String("out", "examples/calendar/kalender-mei-2026.xlsx", "workbook to write")
	flag.Parse()
	if err := write(*out); err != nil {
		fmt.Fprintln(os.Stderr, "excelcalendar:", err)
		os.Exit(1)
	}
}

// post is one planned row; an empty caption is a slot still to write.
type post struct {
	day      int // of May 2026
	clock    string
	platform string
	media    string
	caption  string
	alt      string
	pic      string
	status   string
}

var plan = []post{
	{4, "08:00", "Instagram, Facebook", "image", "Layanan KTP-el hari Sabtu kini buka di 17 kecamatan, pukul 08.00–12.00 WIB. Bawa KK asli, tanpa antre online.\n\n#LayananSabtu #Sleman",
		"Petugas Disdukcapil melayani warga di loket kecamatan", "Rina", "siap"},
	{4, "13:00", "X", "text", "Jalan Magelang km 10–12 ditutup sebagian mulai Senin 11 Mei untuk perbaikan jembatan. Dari arah kota, lewat Jalan Kaliurang. Peta: slemankab.go.id/jalan",
		"", "Bayu", "siap"},
	{4, "19:00", "Instagram", "video", "SLEMAN, Humas – Bupati Sleman meninjau pelaksanaan vaksinasi di Puskesmas Depok pada Senin (4/5). #vaksin #sehat #sleman #jogja #info #viral #fyp",
		"", "Dewi", "draf"},
	{5, "09:00", "Facebook", "link", "Pendaftaran beasiswa prestasi untuk pelajar SMA/SMK ber-KTP Sleman dibuka sampai 31 Mei. Syarat dan formulir: slemankab.go.id/beasiswa\n\nAda pertanyaan? Tulis di kolom komentar.",
		"", "Bayu", "siap"},
	{6, "10:00", "Instagram", "image", "", "", "Rina", "belum"},
	{7, "16:00", "Instagram", "carousel", "Jadwal posyandu Mei di 17 kecamatan: geser untuk lihat hari dan tempatnya. Simpan unggahan ini supaya tidak lupa. #Posyandu",
		"Tabel jadwal posyandu per kecamatan", "Dewi", "siap"},
}

func write(out string) error {
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Kalender Mei"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	fixed := time.Date(2026, 4, 20, 9, 0, 0, 0, time.UTC).Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "Humas", Created: fixed, Modified: fixed, Language: "id-ID"}); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: strPtr("dd/mm/yyyy"), Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return err
	}
	timeStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: strPtr("hh:mm")})
	if err != nil {
		return err
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return err
	}
	set := func(cell string, v any) {
		if err == nil {
			err = f.SetCellValue(sheet, cell, v)
		}
	}
	set("A1", "KALENDER KONTEN HUMAS KABUPATEN SLEMAN — MEI 2026")
	if err := f.MergeCell(sheet, "A1", "I1"); err != nil {
		return err
	}
	for i, h := range []string{"No", "Tanggal", "Jam", "Platform", "Jenis", "Naskah", "Teks Alternatif", "PIC", "Status"} {
		cell, _ := excelize.CoordinatesToCellName(i+1, 3)
		set(cell, h)
	}
	if err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A3", "I3", bold); err != nil {
		return err
	}
	// One date cell per day, merged over the day's posts.
	firstOfDay := map[int]int{}
	lastOfDay := map[int]int{}
	for i, p := range plan {
		row := 4 + i
		if _, ok := firstOfDay[p.day]; !ok {
			firstOfDay[p.day] = row
		}
		lastOfDay[p.day] = row
		clock, _ := time.Parse("15:04", p.clock)
		set(fmt.Sprintf("A%d", row), i+1)
		set(fmt.Sprintf("C%d", row), float64(clock.Hour()*60+clock.Minute())/(24*60))
		set(fmt.Sprintf("D%d", row), p.platform)
		set(fmt.Sprintf("E%d", row), p.media)
		if p.caption != "" {
			set(fmt.Sprintf("F%d", row), p.caption)
		}
		if p.alt != "" {
			set(fmt.Sprintf("G%d", row), p.alt)
		}
		set(fmt.Sprintf("H%d", row), p.pic)
		set(fmt.Sprintf("I%d", row), p.status)
		if err != nil {
			return err
		}
		// The running number is a formula, its value cached as Excel
		// saves it.
		if err := f.SetCellFormula(sheet, fmt.Sprintf("A%d", row), "ROW()-3"); err != nil {
			return err
		}
	}
	for day, first := range firstOfDay {
		cell := fmt.Sprintf("B%d", first)
		set(cell, time.Date(2026, 5, day, 0, 0, 0, 0, time.UTC))
		if err != nil {
			return err
		}
		if last := lastOfDay[day]; last > first {
			if err := f.MergeCell(sheet, cell, fmt.Sprintf("B%d", last)); err != nil {
				return err
			}
		}
	}
	// The last post's caption stresses its hashtag in bold: rich text.
	last := 4 + len(plan) - 1
	if err := f.SetCellRichText(sheet, fmt.Sprintf("F%d", last), []excelize.RichTextRun{
		{Text: "Jadwal posyandu Mei di 17 kecamatan: geser untuk lihat hari dan tempatnya. Simpan unggahan ini supaya tidak lupa. "},
		{Text: "#Posyandu", Font: &excelize.Font{Bold: true}},
	}); err != nil {
		return err
	}
	for _, s := range []struct {
		from, to string
		style    int
	}{{"B4", fmt.Sprintf("B%d", last), dateStyle}, {"C4", fmt.Sprintf("C%d", last), timeStyle}, {"F4", fmt.Sprintf("G%d", last), wrap}} {
		if err := f.SetCellStyle(sheet, s.from, s.to, s.style); err != nil {
			return err
		}
	}
	for col, width := range map[string]float64{"B": 12, "D": 20, "F": 70, "G": 40} {
		if err := f.SetColWidth(sheet, col, col, width); err != nil {
			return err
		}
	}
	// A summary sheet: no caption column, so not a calendar.
	if _, err := f.NewSheet("Rekap"); err != nil {
		return err
	}
	for cell, v := range map[string]any{"A1": "Platform", "B1": "Jumlah", "A2": "Instagram", "B2": 4, "A3": "Facebook", "B3": 2, "A4": "X", "B4": 1} {
		if err := f.SetCellValue("Rekap", cell, v); err != nil {
			return err
		}
	}
	return f.SaveAs(out)
}

func strPtr(s string) *string { return &s }
