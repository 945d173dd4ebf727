package rules

import "testing"

func TestHookCeremony(t *testing.T) {
	runCases(t, func() Rule { return &HookCeremony{} }, []ruleCase{
		{name: "id attended a meeting", src: "Wali Kota menghadiri rapat koordinasi kesiapsiagaan banjir di Balai Kota. Rapat dihadiri seluruh camat.",
			want: []string{"info menghadiri"}},
		{name: "id opened an event", src: "Bupati Sleman membuka secara resmi kegiatan Bimtek Pengelolaan Arsip Dinamis di Pendopo Kabupaten.",
			want: []string{"info membuka secara resmi"}},
		{name: "id noun lead", src: "Kunjungan kerja Gubernur ke Kabupaten Gunungkidul untuk meninjau embung desa.", want: []string{"info Kunjungan kerja"}},
		{name: "id after a dateline", src: "Selasa (2/4), Asisten Deputi Humas menerima kunjungan tim Facebook Indonesia di Gedung Utama.",
			want: []string{"info menerima kunjungan"}},
		{name: "id with a benefit marker", src: "Wali Kota meresmikan pasar baru sehingga pedagang kini punya los yang bersih dan terang.", want: nil},
		{name: "id with an amount", src: "Pemkot menggelar pasar murah dengan beras Rp10.000 per kilogram di alun-alun.", want: nil},
		{name: "id with number and unit", src: "Dinsos menyelenggarakan pembagian 500 paket sembako di Kecamatan Lowokwaru.", want: nil},
		{name: "id ceremony verb in a subordinate clause", src: "Petugas memeriksa kesehatan lansia yang mengikuti senam pagi di taman kota.", want: nil},
		{name: "id look-alike before the verb does not hide it", src: "Bupati bersama Forkopimda menghadiri upacara HUT Bhayangkara di lapangan.", want: []string{"info menghadiri"}},
		{name: "id ceremony later in the post is fine", src: "Jalan Tunjungan ditutup malam ini pukul 19.00–23.00.\n\nWali Kota menghadiri malam puncak festival.", want: nil},
		{name: "en attended", src: "The Governor attended the signing ceremony for the new toll road. The road opens in May.", want: []string{"info attended"}},
		{name: "en participle phrase before the verb", src: "The Ministry, represented by the Deputy for Micro Enterprises, attended the signing of the agreement in Jakarta.",
			want: []string{"info attended"}},
		{name: "en ceremony verb after the main verb", src: "Volunteers cleaned the beach that the Mayor visited and hosted a small party.", want: nil},
		{name: "en noun lead", src: "Courtesy call of the Indonesian Ambassador to the Mayor of Rotterdam.", want: []string{"info Courtesy call"}},
		{name: "en benefit", src: "The Mayor inaugurated the new library, where residents can now borrow e-books for free.", want: nil},
		{name: "en held with numbers", src: "The city held health checks for 300 residents at the market.", want: nil},
		{name: "en news lead", src: "Buses now run every 10 minutes on the Surabaya–Sidoarjo route.", want: nil},
	})
	fs := lint(t, &HookCeremony{}, "Wali Kota menghadiri rapat koordinasi.")
	if len(fs) != 1 || fs[0].Message.ID != `kalimat pertama melaporkan seremoni ("menghadiri"), bukan manfaatnya bagi warga` {
		t.Errorf("message = %+v", fs)
	}
}
