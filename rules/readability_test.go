package rules

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/prose"
)

func TestReadability(t *testing.T) {
	newRule := func() Rule {
		return &Readability{MinSentences: 3, MinWords: 30, FleschInfoBelow: 60, FleschWarnBelow: 30,
			IDWordsPerSent: 20, IDLongWordShare: 0.25, IDLongWordSyll: 4, IDFrySyllables: 160, IDFryMinWords: 100}
	}
	enHard := "In accordance with applicable regulations, the implementation of administrative population services is conducted electronically. Applicants are required to complete the registration procedure through the integrated application. Verification of supporting documentation will subsequently be undertaken by authorized personnel."
	enMid := "The city will repair the main road next month, and residents should plan their journeys around the closure. Buses will follow a temporary route through the market district. Detailed information about alternative routes is available at every district office and on the official website."
	enEasy := "You can now get your ID card online. Open the app and fill in the form. Pick up the card the next day at your district office. It is free and takes five minutes."
	idHard := "Dalam rangka meningkatkan kualitas pelayanan administrasi kependudukan kepada masyarakat, Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sleman menyelenggarakan kegiatan sosialisasi pemanfaatan identitas kependudukan digital bagi aparatur pemerintah desa. Kegiatan tersebut dilaksanakan di Aula Sekretariat Daerah dan diikuti oleh perwakilan seluruh kalurahan. Melalui kegiatan ini diharapkan penyelenggaraan pelayanan publik dapat berjalan lebih efektif dan efisien."
	idEasy := "Cetak KTP-el kini bisa hari Sabtu. Datang ke kantor kecamatan pukul 08.00–12.00. Bawa KK asli dan surat pengantar RT. Layanan ini gratis dan cepat. Ada pertanyaan? Hubungi kami lewat WhatsApp di nomor yang tertera."
	runCases(t, newRule, []ruleCase{
		{name: "en very difficult warns", src: "---\nlang: en\n---\n" + enHard, want: []string{"warning In accordance with applicable regulations, the implementation of administrative population services is conducted electronically."}},
		{name: "en fairly difficult is info", src: "---\nlang: en\n---\n" + enMid, want: []string{"info Detailed information about alternative routes is available at every district office and on the official website."}},
		{name: "en plain text", src: "---\nlang: en\n---\n" + enEasy, want: nil},
		{name: "en too short to score", src: "---\nlang: en\n---\nImplementation of administrative population services is conducted electronically. Verification follows. Authorization required.", want: nil},
		{name: "id long words", src: "---\nlang: id\n---\n" + idHard, want: []string{"info " + idHard[:strings.Index(idHard, "desa.")+5]}},
		{name: "id plain text", src: "---\nlang: id\n---\n" + idEasy, want: nil},
	})
	// Indonesian posts never get the English formula.
	fs := checkDraft(t, newRule(), "---\nlang: id\n---\n"+idHard)
	if len(fs) != 1 || strings.Contains(fs[0].Message.EN, "Flesch") ||
		fs[0].Message.EN != "hard to read: 17.7 words per sentence on average; 55% of words have 4+ syllables (over 25%); the hardest sentence is underlined" ||
		fs[0].Message.ID != "sulit dibaca: rata-rata 17,7 kata per kalimat; 55% kata bersuku kata 4 atau lebih (lebih dari 25%); kalimat tersulit digarisbawahi" {
		t.Errorf("id message = %+v", fs)
	}
	// From 100 words on, the Fry-ID coordinates are part of the report.
	long := idHard + " " + idHard
	fs = checkDraft(t, newRule(), "---\nlang: id\n---\n"+long)
	if len(fs) != 1 || !strings.Contains(fs[0].Message.EN, "Fry-ID: 5.7 sentences and 204 syllables (× 0.6) per 100 words (over 160)") ||
		!strings.Contains(fs[0].Message.ID, "Fry-ID: 5,7 kalimat dan 204 suku kata (× 0,6) per 100 kata (lebih dari 160)") {
		t.Errorf("Fry-ID message = %+v", fs)
	}
	fs = checkDraft(t, newRule(), "---\nlang: en\n---\n"+enHard)
	if len(fs) != 1 || !strings.HasPrefix(fs[0].Message.EN, "Flesch reading ease -34 (very difficult; aim for 60 or more)") {
		t.Errorf("en message = %+v", fs)
	}
	// An undecided language gets no score at all.
	posts := draft.Parse("post.md", draft.FormatMarkdown, []byte(enHard), draft.Options{})
	pass := NewPass(posts[0], nil, "text", "", NewAnalysis(enHard, lexicon(t), bothLangs), newRule().Doc())
	newRule().Check(pass)
	if len(pass.Findings()) != 0 {
		t.Errorf("undecided language: %+v", pass.Findings())
	}
	if err := (&Readability{FleschInfoBelow: 30, FleschWarnBelow: 60, MinSentences: 1, MinWords: 1, IDLongWordSyll: 4, IDFryMinWords: 100}).Validate(); err == nil {
		t.Error("flesch_warn_below above flesch_info_below should be rejected")
	}
}

// hardestSentences picks the sentences the lists of every sentence's
// counts gave: the lowest reading ease and the most words and long words,
// the first of equals.
func TestHardestSentencesSameAsLists(t *testing.T) {
	r := rand.New(rand.NewPCG(51, 52))
	for range 20000 {
		var h hardestSentences
		var per []readStats
		var spans []prose.Span
		for i := range 1 + r.IntN(12) {
			words := 1 + r.IntN(6)
			st := readStats{sentences: 1, words: words, syllables: words + r.IntN(3*words), long: r.IntN(words + 1)}
			span := prose.Span{Start: 10 * i, End: 10*i + 9}
			h.add(st, span)
			per = append(per, st)
			spans = append(spans, span)
		}
		en, id := 0, 0
		for i, st := range per {
			if st.flesch() < per[en].flesch() {
				en = i
			}
			if st.words+st.long > per[id].words+per[id].long {
				id = i
			}
		}
		if h.enSpan != spans[en] || h.idSpan != spans[id] {
			t.Fatalf("%v: hardest %v and %v, the lists %v and %v", per, h.enSpan, h.idSpan, spans[en], spans[id])
		}
	}
}
