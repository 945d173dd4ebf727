package prose

// DetectLang decides whether text is Indonesian ("id") or English ("en") by
// counting function words from data/stopwords-id.txt and stopwords-en.txt.
//
// It abstains (returns "", false) when neither list has a hit ("Otw kantor")
// or when neither language clearly wins. When only one language has hits, it
// wins. When both have hits (English loanwords in an Indonesian caption), the
// majority wins only with at least 2 hits and 1.5 times the other's count.
//
// Words glued to URL or entity punctuation (#tag, @user, x.id/the) are
// skipped, and so are ALL-CAPS words (AS, IT, US are Indonesian acronyms as
// often as English words) unless most of the text is in capitals.
func DetectLang(text string) (lang string, ok bool) {
	letters, upper := LetterCounts(text)
	capsLock := letters >= 8 && upper*10 >= letters*6
	sw := stopwords()
	var buf [24]byte
	idHits, enHits := 0, 0
	for i := 0; i < len(text); {
		tok, next, found := nextToken(text, i, false)
		if !found {
			break
		}
		i = next
		if tok.Kind != Word || tok.End-tok.Start > len(buf) || entityGlued(text, tok) {
			continue
		}
		w := text[tok.Start:tok.End]
		if !capsLock && IsUpperWord(w) {
			continue
		}
		key, ascii := buf[:0], true
		for j := 0; j < len(w); j++ {
			c := w[j]
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c >= 0x80:
				// Only the curly apostrophe (U+2019) can occur in a listed word.
				if j+2 < len(w) && w[j:j+3] == "\u2019" {
					c = '\''
					j += 2
				} else {
					ascii = false
				}
			}
			key = append(key, c)
		}
		if !ascii {
			continue
		}
		if _, hit := sw.id[string(key)]; hit {
			idHits++
		} else if _, hit := sw.en[string(key)]; hit {
			enHits++
		}
	}
	switch {
	case idHits == 0 && enHits == 0:
		return "", false
	case enHits == 0:
		return "id", true
	case idHits == 0:
		return "en", true
	case idHits >= 2 && idHits*2 >= enHits*3:
		return "id", true
	case enHits >= 2 && enHits*2 >= idHits*3:
		return "en", true
	}
	return "", false
}

// entityGlued reports a word attached to URL, hashtag or mention punctuation
// on either side.
func entityGlued(text string, t Token) bool {
	if t.Start > 0 {
		switch text[t.Start-1] {
		case '#', '@', '/', '.', ':', '=', '&', '?', '_', '%', '~':
			return true
		}
	}
	if t.End < len(text) {
		switch text[t.End] {
		case '/', ':', '@', '=':
			return true
		case '.':
			return t.End+1 < len(text) && isASCIILetter(text[t.End+1])
		}
	}
	return false
}
