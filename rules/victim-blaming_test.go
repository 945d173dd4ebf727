package rules

import "testing"

func TestVictimBlaming(t *testing.T) {
	runCases(t, func() Rule { return victimBlaming() }, []ruleCase{
		{name: "id salah sendiri", src: "Korban keluar malam sendirian, salah sendiri.", want: []string{"warning salah sendiri"}},
		{name: "id pakaiannya mengundang", src: "Kasus pelecehan lagi. Pakaiannya mengundang sih.", want: []string{"warning Pakaiannya mengundang"}},
		{name: "id makanya jangan about a victim", src: "Korban penipuan online bertambah. Makanya jangan gampang percaya!", want: []string{"warning Makanya jangan"}},
		{name: "id makanya jangan in everyday advice", src: "Layanan KTP-el buka Sabtu. Makanya jangan lupa bawa KK asli ya!", want: nil},
		{name: "id safety advice is not blaming", src: "Jangan keluar malam sendirian di kawasan sepi; hubungi 110 bila butuh bantuan.", want: nil},
		{name: "en asking for it", src: "The victim was drunk, she was asking for it.", want: []string{"warning asking for it"}},
		{name: "en what was she wearing", src: "Another assault victim, and the first question is what was she wearing.", want: []string{"warning what was she wearing"}},
		{name: "en no victim in the post", src: "You left the oven on again? You should have known better.", want: nil},
	})
}
