package rules

import (
	"testing"

	"github.com/postlint/postlint/i18n"
)

func TestFillerPhrase(t *testing.T) {
	runCases(t, func() Rule { return &FillerPhrase{} }, []ruleCase{
		{name: "id dalam rangka", src: "Dalam rangka HUT Kota, Pemkot menggelar lomba.", want: []string{"info Dalam rangka"}},
		{name: "id listed hidden verb", src: "Petugas melakukan pemeriksaan kendaraan di terminal.", want: []string{"info melakukan pemeriksaan"}},
		{name: "id hidden verb by pattern", src: "Dinas akan melaksanakan pembangunan jembatan tahun ini.", want: []string{"info melaksanakan pembangunan"}},
		{name: "id redundancy", src: "Warga diminta hadir agar supaya antrean tertib. Ini adalah merupakan program lama.", want: []string{"info agar supaya", "info adalah merupakan"}},
		{name: "id connector di mana after a comma", src: "Pasar baru dibuka, di mana warga bisa berbelanja sampai malam.", want: []string{"info di mana"}},
		{name: "id di mana as a question is fine", src: "Di mana lokasi vaksinasi terdekat?", want: nil},
		{name: "id guna inside pengguna is fine", src: "Pengguna aplikasi kini bisa lapor jalan rusak.", want: nil},
		{name: "id quoted words are someone's words", src: "Kata Bupati, \"dalam rangka HUT kita bersih-bersih\", dan warga pun ikut.", want: nil},
		{name: "id pada kesempatan kali ini", src: "Pada kesempatan kali ini, kami sampaikan jadwal baru.", want: []string{"info Pada kesempatan kali ini"}},
		{name: "id dibahas mengenai", src: "Dalam rapat itu dibahas mengenai stok beras.", want: []string{"info dibahas mengenai"}},
		{name: "id kesempatan without ini is fine", src: "Warga punya kesempatan kali kedua untuk mendaftar.", want: nil},
		{name: "id dibahas with its object is fine", src: "Stok beras dibahas dalam rapat itu.", want: nil},
		{name: "en in order to", src: "In order to renew your card, bring your old one.", want: []string{"info In order to"}},
		{name: "en listed hidden verb", src: "The office will conduct an inspection of every branch.", want: []string{"info conduct an inspection"}},
		{name: "en hidden verb by pattern", src: "The team will perform an evaluation of the programme.", want: []string{"info perform an evaluation"}},
		{name: "en noun that hides no verb", src: "We provide the document on request and make the final call.", want: nil},
		{name: "en on this occasion", src: "On this occasion, the Regent thanked the volunteers.", want: []string{"info On this occasion"}},
		{name: "en discussed about", src: "The meeting discussed about rice stocks.", want: []string{"info discussed about"}},
		{name: "en discussed with its object is fine", src: "The meeting discussed rice stocks and prices.", want: nil},
		{name: "en plain text", src: "To renew your card, bring your old one to any branch.", want: nil},
	})
	cases := []struct{ src, en, id string }{
		{"Dalam rangka HUT Kota, lomba digelar.", `write "untuk"`, `tulis "untuk"`},
		{"Adapun jadwalnya Senin.", "delete it: the sentence says the same without it", "hapus saja: kalimatnya tetap utuh tanpa frasa ini"},
		{"Sehubungan dengan hujan, acara ditunda.", `write "karena" or "tentang"`, `tulis "karena" atau "tentang"`},
		{"Kegiatan tersebut dihadiri warga.", "rewrite it (sebut kegiatannya)", "tulis ulang (sebut kegiatannya)"},
		{"It should be noted that the office is closed.", "delete it: the sentence says the same without it", "hapus saja: kalimatnya tetap utuh tanpa frasa ini"},
		{"Petugas melaksanakan penertiban pedagang.", `use the verb itself ("melakukan pemeriksaan" → "memeriksa")`, `pakai kata kerjanya langsung ("melakukan pemeriksaan" → "memeriksa")`},
	}
	for _, c := range cases {
		fs := checkDraft(t, &FillerPhrase{}, c.src)
		if len(fs) != 1 || fs[0].Suggestion.EN != c.en || fs[0].Suggestion.ID != c.id {
			t.Errorf("%q: suggestion = %+v, want %q / %q", c.src, fs, c.en, c.id)
		}
	}
}

func TestFillerPhraseFix(t *testing.T) {
	def := func() Rule { return &FillerPhrase{} }
	runFixCases(t, nil, def, []fixCase{
		{name: "id at the start keeps the capital", src: "Dalam rangka meningkatkan pelayanan, petugas hadir di kantor cabang.", want: "Untuk meningkatkan pelayanan, petugas hadir di kantor cabang."},
		{name: "id mid-sentence", src: "Petugas hadir di balai desa dalam rangka pendataan warga.", want: "Petugas hadir di balai desa untuk pendataan warga."},
		{name: "id listed hidden verb", src: "Petugas akan melakukan pemeriksaan di seluruh kantor cabang.", want: "Petugas akan memeriksa di seluruh kantor cabang."},
		{name: "en at the start", src: "In order to improve services, the office opens on Saturday.", want: "To improve services, the office opens on Saturday."},
		{name: "en mid-sentence", src: "Please register prior to the event on Friday.", want: "Please register before the event on Friday."},
		{name: "en in capitals", src: "IN ORDER TO register, bring your ID card to the office.", want: "TO register, bring your ID card to the office."},

		// No fix: a choice, a deletion, a rewrite, or a hidden verb found
		// by pattern.
		{name: "id choice of two", src: "Pada saat ini layanan sudah dibuka untuk warga."},
		{name: "id deletion", src: "Adapun jadwal layanan dimulai pukul 08.00 setiap hari."},
		{name: "id rewrite", src: "Sebagai bentuk kepedulian, petugas membagikan masker kepada warga."},
		{name: "id hidden verb by pattern", src: "Petugas melakukan penyuluhan kepada warga desa setiap pekan."},
		{name: "en choice of two", src: "Services run in accordance with the new rules this year."},
		{name: "en deletion", src: "It should be noted that the office closes early on Friday."},
		{name: "en hidden verb by pattern", src: "The team will conduct an evaluation of the program next week."},
		{name: "quoted words", src: "Warga bertanya, \"dalam rangka apa acara ini?\" kepada petugas."},
		{name: "id single word used in another sense", src: "Pelatihan teknologi tepat guna bagi petani desa di balai desa."},
		{name: "en single word in another construction", src: "The agreement was signed to facilitate access to financing for small firms."},
	})
}

// TestHiddenVerbNeedles checks the pre-filter of the hidden-verb patterns:
// every match of a pattern, in any case, holds a needle, and no needle
// letter has a case partner outside ASCII (which the pattern would match
// and the byte comparison would not).
func TestHiddenVerbNeedles(t *testing.T) {
	for lang, groups := range hiddenVerbNeedles {
		for _, group := range groups {
			checkFoldVariants(t, lang, group)
		}
	}
	texts := map[string][]string{
		i18n.ID: {"Kami melakukan pemeriksaan hari ini.", "MELAKUKAN PEMERIKSAAN", "Dinas Mengadakan Penyuluhan", "memberikan pengarahan"},
		i18n.EN: {"We conduct an evaluation.", "THEY MADE THE DECISION", "Carried out an Assessment of", "providing the assessment", "ma\u212ae a decision", "UNDERTOOK THE INSPECTION"},
	}
	for lang, list := range texts {
		for _, text := range list {
			if hiddenVerbRes[lang].FindStringIndex(text) == nil {
				t.Errorf("%s: pattern does not match %q", lang, text)
			}
			if !mayHideVerb(text, lang) {
				t.Errorf("%s: pre-filter rules out %q", lang, text)
			}
		}
	}
	for _, text := range []string{"Pemeriksaan dilakukan hari ini.", "An analysis was conducted."} {
		for lang := range texts {
			if hiddenVerbRes[lang].FindStringIndex(text) != nil {
				t.Errorf("%s: pattern matches %q", lang, text)
			}
		}
	}
}
