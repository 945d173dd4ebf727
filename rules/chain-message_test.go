package rules

import (
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"github.com/postlint/postlint/prose"
)

func TestChainMessage(t *testing.T) {
	runCases(t, func() Rule { return &ChainMessage{Window: 6} }, []ruleCase{
		{name: "id sebarkan with exclamation", src: "Mulai besok semua rekening diblokir. Sebarkan!", want: []string{"error Sebarkan!"}},
		{name: "id elongated and shouted", src: "Mulai besok semua rekening diblokir. SEBARKAAAN!!!", want: []string{"error SEBARKAAAN!"}},
		{name: "id bantu sebarkan", src: "Ada penculikan anak di pasar. Bantu sebarkan ya.", want: []string{"error Bantu sebarkan"}},
		{name: "id viralkan", src: "Pejabat ini makan gaji buta, viralkan!", want: []string{"error viralkan"}},
		{name: "id share verb within six words of the deletion cue", src: "Sebarkan ke grup keluarga dan teman kantor sebelum dihapus!",
			want: []string{"error Sebarkan ke grup keluarga dan teman kantor sebelum dihapus"}},
		{name: "id share verb too far from the deletion cue", src: "Bagikan info ini ke grup keluarga, teman kantor, tetangga dan kerabat jauh sebelum dihapus.", want: nil},
		{name: "id deletion cue before the verb", src: "Sebelum dihapus, bagikan ke semua!", want: []string{"error Sebelum dihapus, bagikan"}},
		{name: "id forward to n groups", src: "Teruskan ke 10 grup maka rezeki lancar.", want: []string{"error Teruskan ke 10 grup"}},
		{name: "id jangan berhenti di kamu", src: "Pesan ini jangan berhenti di kamu.", want: []string{"error jangan berhenti di kamu"}},
		{name: "id misspelt lainya", src: "Tolong kasih tau yg lainya.", want: []string{"error kasih tau yg lainya"}},
		{name: "id forwarding label with a share verb", src: "Diteruskan berkali-kali\nBesok listrik padam se-Jawa. Share ke keluarga.",
			want: []string{"error Diteruskan berkali-kali"}},
		{name: "id forwarding label alone is not a chain", src: "Diteruskan berkali-kali\nBesok listrik padam se-Jawa.", want: nil},
		{name: "id negated imperative is advice", src: "Jangan sebarkan! Pesan soal pemblokiran rekening itu hoaks.", want: nil},
		{name: "id jangan asal sebarkan", src: "Cek dulu kebenarannya, jangan asal sebarkan!", want: nil},
		{name: "id hashtag is not an imperative", src: "Kebaikan kecil hari ini. #viralkan #SebarkanKebaikan", want: nil},
		{name: "id bagikan to friends is share bait, not a chain", src: "Bagikan ke 10 teman yang suka kopi!", want: nil},
		{name: "id quoted chain phrase is downgraded", src: "Warga menerima pesan \"sebarkan sebelum dihapus\" semalam.", want: []string{"warning sebarkan sebelum dihapus"}},
		{name: "en share before it's deleted", src: "The bank is closing all accounts. Share before it's deleted!", want: []string{"error Share before it's deleted"}},
		{name: "en curly apostrophe", src: "Share before it’s deleted", want: []string{"error Share before it’s deleted"}},
		{name: "en send this to n people", src: "Send this to 10 people or lose your luck.", want: []string{"error Send this to 10 people"}},
		{name: "en please share only when shouted", src: "PLEASE SHARE. The water will be cut off tonight.", want: []string{"error PLEASE SHARE"}},
		{name: "en please share with !!", src: "The water will be cut off tonight, please share!!", want: []string{"error please share"}},
		{name: "en plain please share is fine", src: "Our library opens on Sundays now. Please share with your book club.", want: nil},
		{name: "en do not share", src: "Do not share this message: the power cut rumour is false.", want: nil},
		{name: "en pasted label with share", src: "Forwarded many times\nThere is a curfew tonight. Share with everyone.", want: []string{"error Forwarded many times"}},
		{name: "en spread the word calmly is fine", src: "Help us spread the word about free health checks on Saturday.", want: nil},
	})
}

func TestChainMessageWindow(t *testing.T) {
	src := "Sebarkan ke grup keluarga sebelum dihapus."
	if fs := checkDraft(t, &ChainMessage{Window: 1}, src); len(fs) != 0 {
		t.Errorf("window 1 should not join a verb and a cue three words apart: %v", describe(src, fs))
	}
	if fs := checkDraft(t, &ChainMessage{Window: 3}, src); len(fs) != 1 {
		t.Errorf("window 3 should join them: %v", describe(src, fs))
	}
	if err := (&ChainMessage{Window: -1}).Validate(); err == nil {
		t.Error("a negative window should not validate")
	}
}

// TestMergeSpansSameAsCopying checks the in-place merge against the
// copying one it replaced (sort.Slice, then a new slice) on random spans,
// overlapping, nested, touching and repeated.
func TestMergeSpansSameAsCopying(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		spans := make([]prose.Span, r.IntN(8))
		for i := range spans {
			s := r.IntN(40)
			spans[i] = prose.Span{Start: s, End: s + r.IntN(12)}
		}
		in := slices.Clone(spans)
		want := mergeSpansCopying(slices.Clone(spans))
		if got := mergeSpans(spans); !slices.Equal(got, want) {
			t.Fatalf("mergeSpans(%v) = %v, want %v", in, got, want)
		}
	}
}

// mergeSpansCopying is mergeSpans as it was before it merged in place.
func mergeSpansCopying(spans []prose.Span) []prose.Span {
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].Start != spans[j].Start {
			return spans[i].Start < spans[j].Start
		}
		return spans[i].End > spans[j].End
	})
	var out []prose.Span
	for _, s := range spans {
		if n := len(out); n > 0 && s.Start < out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}
