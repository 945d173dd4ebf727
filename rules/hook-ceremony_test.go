package rules

import (
	"reflect"
	"regexp"
	"testing"

	"github.com/postlint/postlint/i18n"
)

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
		// The shape: an official, then a ceremony verb, no benefit.
		{name: "id participle phrase after a comma", src: "Menteri Koperasi dan UKM, didampingi Sekretaris Kementerian dan Deputi Bidang Usaha Mikro, menerima audiensi pengurus asosiasi pedagang di Ruang Rapat Menteri.",
			want: []string{"info menerima audiensi"}},
		{name: "id meeting report", src: "Sekda Pemkab Bantul memimpin Rakor Forkopimda di Ruang Rapat Bupati guna membahas sinkronisasi RPJMD dengan RKPD.",
			want: []string{"info memimpin Rakor"}},
		{name: "id leading adjunct dalam rangka", src: "Dalam rangka memperingati Hari Air Sedunia, Dinas Lingkungan Hidup melaksanakan aksi bersih sungai.",
			want: []string{"info melaksanakan"}},
		{name: "id leading adjunct guna", src: "Guna meningkatkan pemahaman masyarakat, Dinas PPPA menggelar sosialisasi di Kantor Desa Sengkol.",
			want: []string{"info menggelar"}},
		{name: "id telah dilaksanakan", src: "Pada hari ini, Selasa (3/3), telah dilaksanakan peresmian ruang hemodialisis RSUD.",
			want: []string{"info telah dilaksanakan"}},
		{name: "id meeting noun lead", src: "Rapat evaluasi pengendalian inflasi dilaksanakan di Aula Bappeda.", want: []string{"info Rapat"}},
		{name: "id official's agenda", src: "Wali Kota Magelang meninjau pembangunan Pasar Rejowinangun tahap II.", want: []string{"info meninjau"}},
		{name: "id the same verb without an official is work", src: "Petugas meninjau saluran air di Jalan Merdeka sebelum musim hujan.", want: nil},
		{name: "id an office opening registration serves the public", src: "Pemerintah Kota Palembang membuka pendaftaran bantuan modal usaha bergulir.", want: nil},
		{name: "id an event announced, not reported", src: "Sidang isbat awal Ramadan digelar Selasa di Auditorium Kemenag.", want: nil},
		{name: "id adjunct then a benefit", src: "Dalam rangka HUT kota, warga kini bisa naik bus kota gratis.", want: nil},
		{name: "en participle phrase after a comma", src: "The Minister, accompanied by the Deputy Minister, received a courtesy call from the Indonesian Students Association.",
			want: []string{"info received a courtesy call"}},
		{name: "en leading adjunct", src: "To mark World Water Day, the Environment Agency held a river clean-up on Sunday.", want: []string{"info held"}},
		{name: "en official's agenda", src: "The Governor of West Java visited the renovated sports hall in Bandung.", want: []string{"info visited"}},
		{name: "en the same verb without an official is work", src: "Workers inspected the drains on Jalan Merdeka before the rainy season.", want: nil},
		{name: "en an office opening registration serves the public", src: "The Ministry opened registration for the small business grant.", want: nil},
		{name: "en attended", src: "The Governor attended the signing ceremony for the new toll road. The road opens in May.", want: []string{"info attended"}},
		{name: "en participle phrase before the verb", src: "The Ministry, represented by the Deputy for Micro Enterprises, attended the signing of the agreement in Jakarta.",
			want: []string{"info attended"}},
		{name: "en ceremony verb after the main verb", src: "Volunteers cleaned the beach that the Mayor visited and hosted a small party.", want: nil},
		{name: "en noun lead", src: "Courtesy call of the Indonesian Ambassador to the Mayor of Rotterdam.", want: []string{"info Courtesy call"}},
		{name: "en benefit", src: "The Mayor inaugurated the new library, where residents can now borrow e-books for free.", want: nil},
		{name: "en held with numbers", src: "The city held health checks for 300 residents at the market.", want: nil},
		{name: "en news lead", src: "Buses now run every 10 minutes on the Surabaya–Sidoarjo route.", want: nil},
	})
	fs := checkDraft(t, &HookCeremony{}, "Wali Kota menghadiri rapat koordinasi.")
	if len(fs) != 1 || fs[0].Message.ID != `kalimat pertama melaporkan seremoni ("menghadiri"), bukan manfaatnya bagi warga` {
		t.Errorf("message = %+v", fs)
	}
}

// idVerbRe is the expression isIDVerbShape implements: the oracle of the
// tests below.
var idVerbRe = regexp.MustCompile(`^(?:me|ber|di|ter)[a-z]{3,}$`)

func checkIsIDVerbShape(t *testing.T, s string) {
	t.Helper()
	if got, want := isIDVerbShape(s), idVerbRe.MatchString(s); got != want {
		t.Fatalf("isIDVerbShape(%q) = %v, the expression %v", s, got, want)
	}
}

func TestIsIDVerbShapeSameAsRegexp(t *testing.T) {
	for _, s := range []string{"", "me", "meres", "meresmikan", "mer", "mere", "berjalan", "ber", "berx", "dibuka", "dib", "terbit",
		"Meresmikan", "meResmikan", "meresmikan\n", "meresmi-kan", "menyapa\u00e9", "tera", "terab", "bermain1", "dia", "diaa"} {
		checkIsIDVerbShape(t, s)
	}
	// Every text of up to five of these pieces after each prefix.
	pieces := []string{"a", "z", "e", "r", "A", "-", "\xc3", "1"}
	for _, head := range []string{"me", "ber", "di", "ter", "m", "be", "t", "", "Me", "DI"} {
		eachText(head, pieces, 5, func(s string) { checkIsIDVerbShape(t, s) })
	}
}

func FuzzIsIDVerbShape(f *testing.F) {
	for _, s := range []string{"meresmikan", "berjalan", "dibuka", "terbit", "mer"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkIsIDVerbShape(t, s) })
}

// referenceCheck is HookCeremony.Check as it was before it looked for an
// official's verb ahead of the subject.
func (*HookCeremony) referenceCheck(p *Pass) {
	a := p.Text
	sents := proseSentences(a)
	if len(sents) == 0 {
		return
	}
	first := sents[0]
	for _, m := range a.Match(listBenefitMarkers) {
		if m.Start >= first.Start && m.End <= first.End && amountOrWord(a.Text[m.Start:m.End], m.Entry) {
			return
		}
	}
	main := mainClauseStart(a, first)
	hit, ok := ceremonyNounLead(a, first, main)
	if !ok {
		hit, ok = ceremonyVerb(p, first, main, a.Match(listCeremonyVerbs))
	}
	if !ok && officialSubject(a, first, main) {
		hit, ok = ceremonyVerb(p, first, main, a.Match(listCeremonyOfficialVerbs))
	}
	if !ok {
		return
	}
	p.Report(Report{
		Start: hit.Start, End: hit.End,
		Message: i18n.Sprintf("the first sentence reports a ceremony (%q) but not what it means for the public",
			"kalimat pertama melaporkan seremoni (%q), bukan manfaatnya bagi warga", a.Text[hit.Start:hit.End]),
		Suggestion: i18n.T("lead with the result for residents (what they can now do, get or avoid, when, where), then mention the event",
			"awali dengan hasilnya bagi warga (apa yang kini bisa mereka lakukan, dapatkan, atau hindari; kapan; di mana), baru sebut acaranya"),
	})
}

// TestHookCeremonySameAsReference compares the rule with its reference on
// the examples, the evaluation posts and generated posts, each language's
// word lists and both.
func TestHookCeremonySameAsReference(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	r := &HookCeremony{}
	doc := r.Doc()
	found := 0
	for _, post := range perPlatformPosts(t, 300) {
		lang, langs := benchLangs(post.Text)
		got := NewPass(post, nil, "text", lang, NewAnalysis(post.Text, lex, langs), doc)
		r.Check(got)
		want := NewPass(post, nil, "text", lang, NewAnalysis(post.Text, lex, langs), doc)
		r.referenceCheck(want)
		if !reflect.DeepEqual(got.Findings(), want.Findings()) {
			t.Fatalf("%s of %q:\n got %v\nwant %v", post.Path, post.Text, got.Findings(), want.Findings())
		}
		found += len(want.Findings())
	}
	if found == 0 {
		t.Error("no finding in the posts: the comparison shows nothing")
	}
}
