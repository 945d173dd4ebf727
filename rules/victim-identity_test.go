package rules

import "testing"

func newVictimIdentity() Rule { return &VictimIdentity{MediaCue: true, SkipMissingAppeals: true} }

func TestVictimIdentity(t *testing.T) {
	runCases(t, newVictimIdentity, []ruleCase{
		{name: "id name, age, school and address", src: "Polisi menangkap pelaku pencabulan terhadap Rina Marlina (14), siswi SMP Negeri 3, warga RT 05 RW 02 Kelurahan Sukamaju.",
			want: []string{"error Rina Marlina", "error (14)", "error SMP Negeri 3", "error RT 05", "error RW 02", "error Kelurahan Sukamaju"}},
		{name: "id pseudonym with age is the safe form", src: "Polisi menangkap pelaku pencabulan terhadap seorang siswi, sebut saja Bunga (14), di Kecamatan Sukamaju.", want: nil},
		{name: "id initials with age are the safe form", src: "Tersangka pencabulan berinisial AS (34) ditahan di Polres Bekasi.", want: nil},
		{name: "id real first name with age", src: "Korban pelecehan seksual, Rudi (15), kini didampingi psikolog.", want: []string{"error (15)"}},
		{name: "id official's name is not the victim's", src: "Kasus pencabulan ditangani Polres. \"Kami dampingi korban,\" kata Kapolres AKBP Hendra Gunawan.", want: nil},
		{name: "id institution is not a name", src: "Kasus kekerasan seksual dilaporkan ke Unit PPA Polres Metro Bekasi dan Dinas Sosial Kota Bekasi.", want: nil},
		{name: "id title-case headline is not a name", src: "Polisi Tangkap Pelaku Pencabulan Anak Di Bawah Umur", want: nil},
		{name: "id child in a case with a school", src: "Seorang siswa SMA Negeri 1 Cibinong ditangkap karena tawuran.", want: []string{"error SMA Negeri 1"}},
		{name: "id child in a case with an address", src: "Dua pelajar terlibat tawuran di Jalan Melati, Rabu malam.", want: []string{"error Jalan Melati"}},
		{name: "id child programme without a case is fine", src: "Program makan bergizi gratis untuk anak-anak SD Negeri 5 Sukamaju mulai Senin di Jalan Melati.", want: nil},
		{name: "id child programme with a photo is fine", src: "---\nmedia: image\n---\nImunisasi campak gratis untuk anak di Puskesmas Sukamaju.", want: nil},
		{name: "id disaster victims are not a case", src: "Anak-anak korban banjir di Desa Sukamaju menerima bantuan seragam sekolah.", want: nil},
		{name: "id missing-child appeal may identify the child", src: "Dicari: anak hilang, Putri Ayu (7), terakhir terlihat di Jalan Merdeka. Diduga diculik, hubungi polisi.", want: nil},
		{name: "id missing plus sexual crime is reported", src: "Korban pencabulan, Putri Ayu, sempat hilang dua hari.", want: []string{"error Putri Ayu"}},
		{name: "id photo with a sexual-crime topic", src: "---\nmedia: image\n---\nPolisi mengungkap kasus pencabulan di Kecamatan Sukamaju.", want: []string{"warning <meta>"}},
		{name: "id no identity cue", src: "Polisi mengungkap kasus pencabulan di Kecamatan Sukamaju. Korban didampingi UPTD PPA.", want: nil},
		{name: "id fact check lowers the severity", src: "[HOAKS] Pesan soal pencabulan siswi SMP Negeri 3 Sukamaju tidak benar.", want: []string{"warning SMP Negeri 3"}},
		{name: "en name and school", src: "Police arrested a teacher for the sexual abuse of Emily Carter, a pupil at Riverside Primary School.",
			want: []string{"error Emily Carter", "error Riverside Primary School"}},
		{name: "en juvenile offender with address", src: "A juvenile offender was arrested at 12 Maple Grove Road yesterday.", want: []string{"error 12 Maple Grove Road"}},
		{name: "en children's programme is fine", src: "Free swimming lessons for children at Riverside Primary School this summer.", want: nil},
		{name: "id religious exclamation is no name", src: "Masya Allah, seorang siswi menjadi korban pencabulan di Kecamatan Sukamaju.", want: nil},
		{name: "id a rally name is no name", src: "Aksi Bela Islam digelar di alun-alun; polisi juga menangani kasus pencabulan di kecamatan lain.", want: nil},
		{name: "id a religion insulted is no sexual crime", src: "---\nmedia: image\n---\nAksi Bela Islam Jilid II digelar karena Nabi dilecehkan oleh akun Budi Santoso di Jalan Merdeka.", want: nil},
		{name: "id harassment of a person is a sexual crime", src: "Seorang siswi dilecehkan di KRL, namanya Rina Marlina.", want: []string{"error Rina Marlina"}},
		{name: "id newsroom label is no name", src: "Breaking News: pelaku pencabulan siswi ditangkap di Kecamatan Sukamaju.", want: nil},
		{name: "id list markers are no ages", src: "Bila anak jadi korban kekerasan: (1) dengarkan anak, (2) laporkan ke polisi, (3) dampingi ke UPTD PPA.", want: nil},
		{name: "id a headline word is no school", src: "Siswi SD Korban Pemerkosaan di Bekasi Trauma, Hanya Berani ke Sekolah", want: nil},
		{name: "id a case word after a school type is no school", src: "Seorang siswi SD Dicabuli tetangganya, polisi masih menyelidiki kasus ini.", want: nil},
		{name: "id a named school in running text still is", src: "Seorang siswi SD Harapan Bangsa dicabuli tetangganya, polisi masih menyelidiki.", want: []string{"error SD Harapan Bangsa"}},
		{name: "id a city is no school in a headline", src: "Siswi SMK Bandung Ditikam Dekat Sekolah karena Tolak Cinta Pelaku", want: nil},
		{name: "id a numbered school in a headline still is", src: "Penusukan Siswi SMKN 1 Bandung oleh Pria yang Cintanya Ditolak Korban", want: []string{"error SMKN 1"}},
		{name: "id a street in a headline needs a number", src: "DPR Sebut Aksi Pelajar Turun Ke Jalan Hanya Demi Salurkan Hasrat Tawuran", want: nil},
		{name: "id a name far from any person in the case", src: "Terima kasih kepada Taman Baca Pelangi atas kegiatan hari ini.\n\nPolisi juga menangkap pelaku pencabulan di kecamatan lain.", want: nil},
		{name: "id awareness post with a photo is no case", src: "---\nmedia: image\n---\nJangan sebarkan nama dan foto anak korban kekerasan. Laporkan unggahan seperti itu ke SAPA 129.", want: nil},
		{name: "en newsroom label is no name", src: "Breaking News: police arrest a suspect after a student was sexually assaulted near campus.", want: nil},
		{name: "en list markers are no ages", src: "If a child is sexually abused: (1) listen, (2) call the police, (3) keep the child safe.", want: nil},
		{name: "en a name far from any person in the case", src: "Riverside Park hosts the family day on Sunday. Separately, police arrested a suspect after a student was assaulted.", want: nil},
		{name: "en awareness post with a photo is no case", src: "---\nmedia: image\n---\nNever share the name or photo of a child victim of sexual abuse. Report such posts to the platform.", want: nil},
		{name: "en a case post with a photo asks for a check", src: "---\nmedia: image\n---\nPolice arrested a man after a student was sexually assaulted near the station.", want: []string{"warning <meta>"}},
		{name: "en spokesperson's name is fine", src: "A student was assaulted near campus, police spokesperson Daniel Reyes said.", want: nil},
	})
	src := "---\nmedia: image\n---\nPolisi mengungkap kasus pencabulan di Kecamatan Sukamaju."
	if fs := checkDraft(t, &VictimIdentity{MediaCue: false, SkipMissingAppeals: true}, src); len(fs) != 0 {
		t.Errorf("media_cue = false should ignore the photo: %v", describe(src, fs))
	}
	src = "Dicari: anak hilang, Putri Ayu (7), diduga diculik."
	if fs := checkDraft(t, &VictimIdentity{MediaCue: true, SkipMissingAppeals: false}, src); len(fs) == 0 {
		t.Error("skip_missing_appeals = false should report the missing child's name")
	}
}
