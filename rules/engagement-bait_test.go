package rules

import (
	"strings"
	"testing"
)

func TestEngagementBait(t *testing.T) {
	fbigx := []string{"facebook", "instagram", "x"}
	runCases(t, func() Rule { return &EngagementBait{WarnOn: []string{"facebook", "instagram"}} }, []ruleCase{
		{name: "id tag a number of friends", src: "Tag 3 teman yang wajib tahu jadwal ini!", platforms: fbigx,
			want: []string{"warning[facebook] Tag 3 teman", "warning[instagram] Tag 3 teman", "info[x] Tag 3 teman"}},
		{name: "id tandai temanmu", src: "Tandai temanmu yang suka kuliner Solo.", platforms: []string{"facebook"},
			want: []string{"warning[facebook] Tandai temanmu"}},
		{name: "id tag a friend without a count", src: "Tandai sahabatmu yang belum punya KTP-el!", platforms: []string{"facebook"},
			want: []string{"warning[facebook] Tandai sahabatmu"}},
		{name: "en tag your friends", src: "Tag your friends who commute by bus.", platforms: []string{"facebook"},
			want: []string{"warning[facebook] Tag your friends"}},
		{name: "id dictated answer in capitals", src: "Pemkot siapkan 50 bus mudik gratis. Ketik AMIN jika setuju!", platforms: []string{"facebook"},
			want: []string{"warning[facebook] Ketik AMIN jika"}},
		{name: "id dictated answer in quotes", src: "Mau tahu jadwal lengkapnya? Komen \"ya\" kalau setuju.", platforms: []string{"instagram"},
			want: []string{"warning[instagram] Komen \"ya\" kalau"}},
		{name: "id share with a count", src: "Bagikan ke 10 grup WhatsApp supaya semua tahu.", platforms: []string{"facebook"},
			want: []string{"warning[facebook] Bagikan ke 10 grup"}},
		{name: "id like jika", src: "Like jika kamu bangga dengan kotamu!", platforms: []string{"facebook"},
			want: []string{"warning[facebook] Like jika"}},
		{name: "en share if you agree", src: "Clean rivers start at home. Share if you agree!", platforms: []string{"facebook", "linkedin"},
			want: []string{"warning[facebook] Share if", "info[linkedin] Share if"}},
		{name: "en tag a friend", src: "Tag a friend who still pays cash at the toll gate.", platforms: []string{"instagram"},
			want: []string{"warning[instagram] Tag a friend"}},
		{name: "en comment YES", src: "New bike lanes on Jl. Diponegoro. Comment YES if you want more!", platforms: []string{"facebook"},
			want: []string{"warning[facebook] Comment YES if"}},
		{name: "en share with a count", src: "Share this with 5 friends before Friday.", platforms: []string{"facebook"},
			want: []string{"warning[facebook] Share this with 5"}},
		{name: "en emoji answer", src: "Comment 🔥 if you are coming to the festival!", platforms: []string{"facebook"},
			want: []string{"warning[facebook] Comment 🔥 if"}},

		// Facebook: share bait is "asking people to share the post with
		// their friends"; naming friends is enough, without a condition or
		// a count.
		{name: "en share with family and friends", src: "Join us on Sunday, and share this with your family and friends now!", platforms: []string{"facebook"},
			want: []string{"warning[facebook] share this with your family and friends"}},
		{name: "id bagikan ke teman", src: "Bagikan ke teman-temanmu ya!", platforms: []string{"facebook"},
			want: []string{"warning[facebook] Bagikan ke teman-temanmu"}},
		{name: "id sebarkan kepada sahabat", src: "Sebarkan info ini kepada sahabat dan keluarga.", platforms: []string{"facebook"},
			want: []string{"warning[facebook] Sebarkan info ini kepada sahabat"}},
		{name: "en send this to your friends", src: "Send this to your friends before the weekend.", platforms: []string{"facebook"},
			want: []string{"warning[facebook] Send this to your friends"}},
		{name: "id kirim video ini ke teman", src: "Kirim video ini ke teman yang suka nyantolin helm!", platforms: []string{"facebook"},
			want: []string{"warning[facebook] Kirim video ini ke teman"}},
		{name: "en send to a count and a dictated answer below", src: "Send this to 10 people and comment DONE below 👇", platforms: []string{"facebook"},
			want: []string{"warning[facebook] Send this to 10", "warning[facebook] comment DONE below"}},
		{name: "id ketik aamiin", src: "Ketik aamiin dan share sekarang 🤲", platforms: []string{"facebook"},
			want: []string{"warning[facebook] Ketik aamiin"}},
		{name: "id plain share request is a call to action", src: "Bagikan informasi ini kepada keluarga Anda.", platforms: []string{"facebook"}, want: nil},
		{name: "en plain share request is a call to action", src: "Share this with your family.", platforms: []string{"facebook"}, want: nil},
		{name: "en share this information names nobody", src: "Share this information with your family.", platforms: []string{"facebook"}, want: nil},
		{name: "id bagikan informasi ini names nobody", src: "Teman-teman, bagikan informasi ini ke keluarga.", platforms: []string{"facebook"}, want: nil},
		{name: "id greetings sent to friends are not the post", src: "Kirim ucapan selamat kepada sahabat Anda lewat kartu digital.", platforms: []string{"facebook"}, want: nil},
		{name: "en friendly is not friends", src: "Send your questions to our friendly staff.", platforms: []string{"facebook"}, want: nil},
		{name: "id open request with a purpose", src: "Tulis saran agar layanan kami lebih baik.", platforms: []string{"facebook"}, want: nil},
		{name: "en like if inside a sentence", src: "Imagine what the city would be like if every street had trees.", platforms: []string{"facebook"}, want: nil},
		{name: "id open request to write questions", src: "Tulis pertanyaan jika ada yang belum jelas.", platforms: []string{"facebook"}, want: nil},
		{name: "en comment below if is an open prompt", src: "Comment below if you have questions about the new schedule.", platforms: []string{"facebook"}, want: nil},
		{name: "id open question", src: "Rute bus mana yang perlu ditambah? Tulis usulan Anda di kolom komentar.", platforms: []string{"facebook"}, want: nil},

		{name: "id quoted bait drops to info", src: "Waspadai pesan berantai \"ketik AMIN jika setuju\" yang beredar di grup WhatsApp.", platforms: fbigx,
			want: []string{"info[facebook] ketik AMIN jika", "info[instagram] ketik AMIN jika", "info[x] ketik AMIN jika"}},
		{name: "en quoted bait drops to info", src: "Posts that say 'tag a friend to win' are demoted by Facebook.", platforms: []string{"facebook"},
			want: []string{"info[facebook] tag a friend"}},
		{name: "id quoted bait after a debunk label is info", src: "[HOAKS] Pesan berantai soal pulsa gratis\n\nIsinya: \"Tag 10 teman agar dapat pulsa Rp50.000\".", platforms: []string{"facebook"},
			want: []string{"info[facebook] Tag 10 teman"}},
		{name: "id unquoted bait in a debunk post drops one level (SPEC §3)", src: "[HOAKS] Pesan berantai soal pulsa gratis. Tag 10 teman agar dapat pulsa.", platforms: []string{"facebook"},
			want: []string{"info[facebook] Tag 10 teman"}},
	})
	fs := checkDraft(t, &EngagementBait{WarnOn: []string{"x"}}, "Tag 3 teman yang wajib tahu!", "x", "facebook")
	if got := strings.Join(describe("Tag 3 teman yang wajib tahu!", fs), "|"); got != "info[facebook] Tag 3 teman|warning[x] Tag 3 teman" {
		t.Errorf("warn_on = [x]: got %q", got)
	}
	fs = checkDraft(t, &EngagementBait{WarnOn: []string{"facebook"}}, "Waspadai pesan \"ketik AMIN jika setuju\".", "facebook")
	if len(fs) != 1 || !strings.Contains(fs[0].Message.EN, "quoted engagement bait") || !strings.Contains(fs[0].Message.ID, "dalam kutipan") {
		t.Errorf("quoted bait should say it is quoted: %+v", fs)
	}
}

// baitNeedleTexts match the patterns that have needles, in both languages
// and with letters that fold outside ASCII.
var baitNeedleTexts = []string{
	"Tag 3 teman yang wajib tahu", "tandai sahabatmu", "Tag your friends who commute", "TAG YOUR BESTIE",
	"bagikan ke 10 grup", "share this with 5 friends", "Kirimkan ini ke 20 orang",
	"Bagikan ke teman-temanmu", "share this with your family and friends", "SEBARKAN KE KAWAN KALIAN",
	"send this to your friends", "kirim video ini ke teman", "forward it to your be\u017ftie",
	"bagikan ke \u212aawanmu", "share with \u017fahabat", "tag a FRIEND", "Like if you agree", "share this if",
}

func TestBaitNeedles(t *testing.T) {
	checkFoldVariants(t, "likeIfStarts", likeIfStarts)
	checkFoldVariants(t, "friendNeedles", friendNeedles)
	matched := 0
	for _, text := range baitNeedleTexts {
		if baitLikeIfRe.FindStringIndex(text) != nil {
			matched++
			if !likeIfMayStart(text) {
				t.Errorf("baitLikeIfRe matches %q, but likeIfMayStart rules it out", text)
			}
		}
		for p := range baitRes {
			if baitNeedle(p) == nil || baitRes[p].FindStringIndex(text) == nil {
				continue
			}
			matched++
			if !mayMatchBait(p, text) {
				t.Errorf("%.30s matches %q, but its needles rule it out", baitRes[p], text)
			}
		}
	}
	if matched < len(baitNeedleTexts) {
		t.Errorf("only %d matches over %d texts: a text matches none of the patterns", matched, len(baitNeedleTexts))
	}
	if mayMatchBait(baitShareFriends, "Bagikan informasi ini kepada keluarga dan tetangga.") {
		t.Error("a share request naming no friend passes the friends needles")
	}
	for s, want := range map[string]bool{"ke 10 grup": true, "ke\t5": true, "ke\r\n7": true, "ke10": false, "pukul-06": false, "": false, "9": false} {
		if got := digitAfterSpace(s); got != want {
			t.Errorf("digitAfterSpace(%q) = %v, want %v", s, got, want)
		}
	}
	for _, text := range []string{"Like if you agree", "SHARE THIS IF you care", "love it if", "li\u212ae if", "\u017fhare if"} {
		if baitLikeIfRe.FindStringIndex(text) == nil || !likeIfMayStart(text) {
			t.Errorf("%q: the pattern does not match it, or likeIfMayStart rules it out", text)
		}
	}
}

// FuzzBaitNeedles: whatever a pattern matches holds one of its needles.
func FuzzBaitNeedles(f *testing.F) {
	for _, text := range baitNeedleTexts {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for p := range baitRes {
			if baitNeedle(p) != nil && baitRes[p].FindStringIndex(text) != nil && !mayMatchBait(p, text) {
				t.Fatalf("%.30s matches %q, but its needles rule it out", baitRes[p], text)
			}
		}
		if baitLikeIfRe.FindStringIndex(text) != nil && !likeIfMayStart(text) {
			t.Fatalf("baitLikeIfRe matches %q, but likeIfMayStart rules it out", text)
		}
	})
}
