package rules

import (
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
)

func TestCtaMissing(t *testing.T) {
	runCases(t, func() Rule { return &CtaMissing{} }, []ruleCase{
		{name: "id ceremony report asks nothing", src: "Wali Kota menghadiri rapat koordinasi kesiapsiagaan banjir di Balai Kota. Rapat dihadiri seluruh camat.",
			want: []string{"info Rapat dihadiri seluruh camat."}},
		{name: "en news release asks nothing", src: "The Regent opened the new market building on Monday. The market has 120 stalls.",
			want: []string{"info The market has 120 stalls."}},
		{name: "closing hashtags are not the last sentence", src: "Rapat koordinasi digelar hari ini di pendopo.\n\n#Pemkab #Rapat",
			want: []string{"info Rapat koordinasi digelar hari ini di pendopo."}},
		{name: "id imperative daftar di", src: "Pendaftaran beasiswa daerah dibuka sampai 30 April. Daftar di kantor dinas pendidikan terdekat.", want: nil},
		{name: "id bagikan informasi ini is a call to action", src: "Jadwal imunisasi campak sudah keluar. Bagikan informasi ini kepada keluarga Anda.", want: nil},
		{name: "id invitation yuk", src: "Pasar murah kembali hadir Sabtu ini. Yuk, datang bersama keluarga!", want: nil},
		{name: "id safety instructions", src: "Hujan deras diperkirakan turun sore ini. Hindari bantaran sungai dan pastikan saluran air di rumah tidak tersumbat.", want: nil},
		{name: "id conversation prompt", src: "Taman kota akan direnovasi tahun ini. Fasilitas apa yang menurut Anda perlu ditambah", want: nil},
		{name: "id question to the audience", src: "Sudah cek jadwal vaksin anak Anda? Jadwal lengkap ada di puskesmas.", want: nil},
		{name: "id question before an emoji", src: "Mudik tahun ini naik bus gratis. Sudah siap? 🚌", want: nil},
		{name: "en call to action", src: "Applications for the small business grant close on 30 April. Apply online at grants.example.go.id.", want: nil},
		{name: "en prompt", src: "We are redesigning the city bus map. Let us know which stops are hard to find.", want: nil},
		{name: "en share this information is a call to action", src: "Measles vaccination is free this month. Share this information with your family.", want: nil},
		{name: "id quoted question is reported speech", src: "Warga bertanya, \"Kapan KTP saya jadi?\" Petugas menjawab dua hari kerja.",
			want: []string{"info Petugas menjawab dua hari kerja."}},
		{name: "en quoted call to action is reported speech", src: "Police warned about a scam text that says \"click the link to claim your prize\". The messages come from unknown numbers.",
			want: []string{"info The messages come from unknown numbers."}},
		{name: "bait is not a call to action", src: "Tag 3 teman yang wajib tahu info ini!", want: []string{"info Tag 3 teman yang wajib tahu info ini!"}},
		{name: "empty post", src: "---\nlang: id\n---\n", want: nil},
		{name: "emoji only post", src: "🎉🎉", want: nil},
	})
}

func TestCtaListIsExtendable(t *testing.T) {
	src := "Layanan KTP-el kini buka sampai pukul 15.00. Bantu kami memperbaiki layanan: isi survei kepuasan di loket."
	if got := lint(t, &CtaMissing{}, src); len(got) != 1 {
		t.Fatalf("without the extra phrase the post should have no call to action, got %v", describe(src, got))
	}
	lex, err := NewLexicon(Extra{"id": {"cta": {"isi survei", "pesan lewat WhatsApp"}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := lintWithLexicon(t, lex, &CtaMissing{}, src, "id"); len(got) != 0 {
		t.Errorf("[words.id] cta should make \"isi survei\" a call to action, got %v", describe(src, got))
	}
}

// lintWithLexicon runs a rule that is not per-platform over a Markdown
// draft with the given word lists and language, for tests of [words.<lang>]
// extensions.
func lintWithLexicon(t *testing.T, lex *Lexicon, r Rule, src, lang string) []Finding {
	t.Helper()
	p := draft.Parse("post.md", draft.FormatMarkdown, []byte(src), draft.Options{})[0]
	langs := []string{lang}
	if lang == "" {
		langs = []string{i18n.ID, i18n.EN}
	}
	pass := NewPass(p, nil, "text", lang, NewAnalysis(p.Text, lex, langs), r.Doc())
	r.Check(pass)
	return pass.Findings()
}
