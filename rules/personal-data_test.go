package rules

import (
	"strings"
	"testing"
)

func TestPersonalData(t *testing.T) {
	runCases(t, func() Rule { return &PersonalData{Labels: true} }, []ruleCase{
		{name: "id bare 16 digits", src: "Selamat kepada pemenang undian, 3275012345670001!", want: []string{"warning 3275012345670001"}},
		{name: "id NIK label with grouped digits", src: "Penerima bantuan: Siti Aminah, NIK: 3275 0123 4567 0001.", want: []string{"warning NIK: 3275 0123 4567 0001"}},
		{name: "id dotted groups", src: "KTP hilang atas nama Budi, nomor 32.75.01.234567.0001, mohon hubungi kami.", want: []string{"warning 32.75.01.234567.0001"}},
		{name: "id No. KK label", src: "Dokumen ditemukan: No. KK 3275010101010009.", want: []string{"warning No. KK 3275010101010009"}},
		{name: "id partial NIK after a label", src: "Pemenang: NIK 327501234567.", want: []string{"warning NIK 327501234567"}},
		{name: "id NIK after a date", src: "Terdaftar 2024 3275.0123.4567.0001 di kelurahan.", want: []string{"warning 3275.0123.4567.0001"}},
		{name: "id phone number is not a NIK", src: "Hubungi call center 0812-3456-7890 untuk informasi.", want: nil},
		{name: "id two phone numbers are not a NIK", src: "Hubungi 0812-3456-7890 atau 0813-1111-2222.", want: nil},
		{name: "id rupiah amount is not a NIK", src: "Anggaran tahun ini Rp 1.234.567.890.123.456 untuk jalan desa.", want: nil},
		{name: "id thousands-grouped figure", src: "Total transaksi 1.234.567.890.123.456 sepanjang tahun.", want: nil},
		{name: "id NIK 16 digit as advice", src: "Pastikan NIK 16 digit Anda sudah terdaftar di Dukcapil.", want: nil},
		{name: "id placeholder digits", src: "Contoh pengisian NIK: 1234567890123456.", want: nil},
		{name: "id number in a link", src: "Lihat https://example.go.id/arsip/3275012345670001 untuk berkas.", want: nil},
		{name: "en card number", src: "Winner's ID number is 3275 0123 4567 0001, congratulations!", want: []string{"warning 3275 0123 4567 0001"}},
		{name: "en 17 digits is not an ID", src: "Order 32750123456700012 has shipped.", want: nil},
	})
	src := "Pemenang: NIK 327501234567."
	if fs := checkDraft(t, &PersonalData{Labels: false}, src); len(fs) != 0 {
		t.Errorf("labels = false should ignore a label with 12 digits: %v", describe(src, fs))
	}
}

func TestPersonalDataMasksTheNumber(t *testing.T) {
	src := "Penerima bantuan: Siti Aminah, NIK: 3275 0123 4567 0001."
	fs := checkDraft(t, &PersonalData{Labels: true}, src)
	if len(fs) != 1 {
		t.Fatalf("want one finding, got %v", describe(src, fs))
	}
	for _, msg := range []string{fs[0].Message.EN, fs[0].Message.ID} {
		if strings.Contains(msg, "3275") || strings.Contains(msg, "0123") || !strings.Contains(msg, "************0001") {
			t.Errorf("message should mask the number: %q", msg)
		}
	}
}
