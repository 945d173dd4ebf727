package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The engagement-bait patterns of content-rules.md ENG-02, as scanners.
// Each matchBait… function finds, at the start of a window, what the
// case-insensitive regular expression in its comment finds there
// (TestBaitScannersSameAsRegexp): they run wherever a trigger word starts
// a word (matchBaitLikeIf: wherever one starts a sentence), so the post
// does not pay a regular expression's compiling and backtracking. Words
// are compared as (?i) compares them (foldedAt), \s is ASCII white space
// and \b an ASCII word boundary, as in RE2; the steps backtrack as the
// expression's do (scan.go).

// Word alternatives, in the order the expressions try them.
var (
	answerVerbs      = []string{"ketik", "tulis", "komentar", "komen", "comment", "type", "reply"}
	answerConditions = []string{"jika", "kalau", "kalo", "klo", "if"}
	answerPointers   = []string{"below", "di bawah", "dibawah", "agar", "supaya", "biar", "so"}
	tagVerbs         = []string{"tag", "tandai", "mention"}
	tagCounts        = []string{"satu", "dua", "tiga", "a", "one", "two", "three", "your", "some"}
	shareCountVerbs  = []string{"bagikan", "share", "send", "kirimkan", "kirim"}
	shareCountThings = []string{"ini", "this", "this post"}
	shareCountPreps  = []string{"ke", "kepada", "with", "to"}
	shareVerbs       = []string{"bagikan", "share", "sebarkan"}
	sharePreps       = []string{"ke", "kepada", "dengan", "pada", "with", "to"}
	sendVerbs        = []string{"kirimkan", "kirim", "send", "forward"}
	sendThings       = []string{"ini", "this", "it"}
	sendPreps        = []string{"ke", "kepada", "with", "to"}
	likeIfVerbs      = []string{"like", "share", "love"}
	likeIfThings     = []string{"this", "this post", "it"}
)

// A wordForm is a word built from parts, one alternative of each, tried
// in order; an empty alternative makes its part optional.
type wordForm [][]string

// tagFriends are the nouns of "tag 3 teman":
// teman(?:-teman)?(?:mu|nya)?|sahabat(?:mu|nya)?|kawan(?:mu)?|friends?|bestie.
var tagFriends = []wordForm{
	{{"teman"}, {"-teman", ""}, {"mu", "nya", ""}},
	{{"sahabat"}, {"mu", "nya", ""}},
	{{"kawan"}, {"mu", ""}},
	{{"friends", "friend"}},
	{{"bestie"}},
}

// shareFriends are the nouns a share or a send names:
// (?:teman|kawan|sahabat|friends?|bestie)(?:-teman|-kawan|-sahabat)?(?:mu|nya|ku|kalian)?.
var shareFriends = []wordForm{{
	{"teman", "kawan", "sahabat", "friends", "friend", "bestie"},
	{"-teman", "-kawan", "-sahabat", ""},
	{"mu", "nya", "ku", "kalian", ""},
}}

// answerMatch is where a dictated answer (matchBaitAnswer) was found.
type answerMatch struct {
	end            int
	answer         string
	openQ, closeQ  bool // the answer is opened, closed by a quotation mark
	afterCondition bool // a condition follows the answer ("jika", "if")
}

// matchBaitAnswer matches
//
//	(?i)^(?:ketik|tulis|komen(?:tar)?|comment|type|reply)\s+(["'“‘]?)([\p{L}\p{N}]{1,10}|[\p{So}\x{FE0F}\x{200D}\x{1F3FB}-\x{1F3FF}]{1,8})(["'”’]?)\s+(?:(jika|kalau|kalo|klo|if)|below|di ?bawah|agar|supaya|biar|so)\b
//
// at the start of s; ok is false when it does not.
func matchBaitAnswer(s string) (m answerMatch, ok bool) {
	boundary := func(i int) int { return atWordBoundary(s, i) }
	// \s+, then a condition or a pointer.
	tail := func(i int) int {
		return spaces(s, i, func(i int) int {
			if e := foldedAlt(s, i, answerConditions, boundary); e >= 0 {
				m.afterCondition = true
				return e
			}
			m.afterCondition = false
			return foldedAlt(s, i, answerPointers, boundary)
		})
	}
	var answerStart int
	answered := func(i int) int {
		m.answer = s[answerStart:i]
		return optionalOf(s, i, `"'”’`, func(i int, quoted bool) int {
			m.closeQ = quoted
			return tail(i)
		})
	}
	m.end = foldedAlt(s, 0, answerVerbs, func(i int) int {
		return spaces(s, i, func(i int) int {
			return optionalOf(s, i, `"'“‘`, func(i int, quoted bool) int {
				m.openQ, answerStart = quoted, i
				if e := runesOf(s, i, isAnswerWordRune, 1, 10, answered); e >= 0 {
					return e
				}
				return runesOf(s, i, isAnswerEmojiRune, 1, 8, answered)
			})
		})
	})
	return m, m.end >= 0
}

// matchBaitTag matches
//
//	(?i)^(?:tag|tandai|mention)\s+(?:(?:\d+|satu|dua|tiga|a|one|two|three|your|some)\s+)?(?:teman(?:-teman)?(?:mu|nya)?|sahabat(?:mu|nya)?|kawan(?:mu)?|friends?|bestie)\b
//
// at the start of s and returns the end of the match, -1 if none.
func matchBaitTag(s string) int {
	return foldedAlt(s, 0, tagVerbs, func(i int) int {
		return spaces(s, i, func(i int) int {
			friends := func(i int) int { return formsAt(s, i, tagFriends) }
			counted := func(i int) int { return spaces(s, i, friends) }
			if e := digits(s, i, counted); e >= 0 {
				return e
			}
			if e := foldedAlt(s, i, tagCounts, counted); e >= 0 {
				return e
			}
			return friends(i)
		})
	})
}

// matchBaitShareCount matches
//
//	(?i)^(?:bagikan|share|send|kirim(?:kan)?)\s+(?:(?:ini|this|this post)\s+)?(?:ke|kepada|with|to)\s+\d+
//
// at the start of s and returns the end of the match, -1 if none.
func matchBaitShareCount(s string) int {
	return foldedAlt(s, 0, shareCountVerbs, func(i int) int {
		return spaces(s, i, func(i int) int {
			count := func(i int) int {
				return spaces(s, i, func(i int) int { return digits(s, i, endHere) })
			}
			prep := func(i int) int { return foldedAlt(s, i, shareCountPreps, count) }
			if e := foldedAlt(s, i, shareCountThings, func(i int) int { return spaces(s, i, prep) }); e >= 0 {
				return e
			}
			return prep(i)
		})
	})
}

// matchBaitShareFriends matches
//
//	(?i)^(?:bagikan|share|sebarkan)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:ke|kepada|dengan|pada|with|to)\s+(?:(?:[\p{L}\p{N}'’-]+|&)[\s,]+){0,4}?(?:teman|kawan|sahabat|friends?|bestie)(?:-teman|-kawan|-sahabat)?(?:mu|nya|ku|kalian)?\b
//
// at the start of s and returns the end of the match, -1 if none.
func matchBaitShareFriends(s string) int {
	friends := func(i int) int { return friendsAfterFewItems(s, i) }
	return foldedAlt(s, 0, shareVerbs, func(i int) int {
		return spaces(s, i, func(i int) int {
			return fewWords(s, i, 4, func(i int) int {
				return foldedAlt(s, i, sharePreps, func(i int) int { return spaces(s, i, friends) })
			})
		})
	})
}

// matchBaitSendFriends matches
//
//	(?i)^(?:kirim(?:kan)?|send|forward)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}?(?:ini|this|it)\s+(?:ke|kepada|with|to)\s+(?:(?:[\p{L}\p{N}'’-]+|&)[\s,]+){0,4}?(?:teman|kawan|sahabat|friends?|bestie)(?:-teman|-kawan|-sahabat)?(?:mu|nya|ku|kalian)?\b
//
// at the start of s and returns the end of the match, -1 if none.
func matchBaitSendFriends(s string) int {
	friends := func(i int) int { return friendsAfterFewItems(s, i) }
	prep := func(i int) int {
		return foldedAlt(s, i, sendPreps, func(i int) int { return spaces(s, i, friends) })
	}
	return foldedAlt(s, 0, sendVerbs, func(i int) int {
		return spaces(s, i, func(i int) int {
			return fewWords(s, i, 2, func(i int) int {
				return foldedAlt(s, i, sendThings, func(i int) int { return spaces(s, i, prep) })
			})
		})
	})
}

// matchBaitLikeIf matches
//
//	(?i)^(?:like|share|love)\s+(?:(?:this|this post|it)\s+)?if\b
//
// at the start of s and returns the end of the match, -1 if none.
func matchBaitLikeIf(s string) int {
	return foldedAlt(s, 0, likeIfVerbs, func(i int) int {
		return spaces(s, i, func(i int) int {
			cond := func(i int) int { return atWordBoundary(s, foldedAt(s, i, "if")) }
			if e := foldedAlt(s, i, likeIfThings, func(i int) int { return spaces(s, i, cond) }); e >= 0 {
				return e
			}
			return cond(i)
		})
	})
}

// friendsAfterFewItems matches
// (?:(?:[\p{L}\p{N}'’-]+|&)[\s,]+){0,4}? and then a word of shareFriends at
// i: the fewest words, ampersands and their separators first. Each item
// takes all the word characters and separators it can, as what follows one
// (a friend, a word, an ampersand) never starts with a separator.
func friendsAfterFewItems(s string, i int) int {
	for n := 0; ; n++ {
		if e := formsAt(s, i, shareFriends); e >= 0 {
			return e
		}
		if n == 4 {
			return -1
		}
		j := runsOf(s, i, isBaitWordRune)
		if j == i && i < len(s) && s[i] == '&' {
			j = i + 1
		}
		k := j
		for k < len(s) && (isSpaceRE(s[k]) || s[k] == ',') {
			k++
		}
		if j == i || k == j {
			return -1
		}
		i = k
	}
}

// fewWords matches (?:[\p{L}\p{N}'’-]+\s+){0,max}? and then next at i, the
// fewest words first. Each word takes all the word characters and the
// white space after it, as what follows one never starts with white space.
func fewWords(s string, i, max int, next func(int) int) int {
	for n := 0; ; n++ {
		if e := next(i); e >= 0 {
			return e
		}
		if n == max {
			return -1
		}
		j := runsOf(s, i, isBaitWordRune)
		k := j
		for k < len(s) && isSpaceRE(s[k]) {
			k++
		}
		if j == i || k == j {
			return -1
		}
		i = k
	}
}

// formsAt returns the end of the first word of forms at i that ends on an
// ASCII word boundary (\b), -1 if none does.
func formsAt(s string, i int, forms []wordForm) int {
	for _, f := range forms {
		if e := formAt(s, i, f); e >= 0 {
			return e
		}
	}
	return -1
}

// formAt returns the end of the first word of f at i, choosing each part's
// alternatives in order, that ends on an ASCII word boundary; -1 if none.
func formAt(s string, i int, f wordForm) int {
	if len(f) == 0 {
		return atWordBoundary(s, i)
	}
	for _, alt := range f[0] {
		if j := foldedAt(s, i, alt); j >= 0 {
			if e := formAt(s, j, f[1:]); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// optionalOf matches one of the characters of set at i, if there is one,
// then next with quoted set; or else next at i with quoted unset.
func optionalOf(s string, i int, set string, next func(i int, quoted bool) int) int {
	if i < len(s) {
		if r, w := utf8.DecodeRuneInString(s[i:]); strings.ContainsRune(set, r) {
			if e := next(i+w, true); e >= 0 {
				return e
			}
		}
	}
	return next(i, false)
}

// isAnswerWordRune is (?i)[\p{L}\p{N}]: a letter or a number, or U+0345
// COMBINING GREEK YPOGEGRAMMENI, which case-folds with the letter iota.
func isAnswerWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '\u0345'
}

// isBaitWordRune is (?i)[\p{L}\p{N}'’-]: isAnswerWordRune, an apostrophe
// or a hyphen.
func isBaitWordRune(r rune) bool {
	return isAnswerWordRune(r) || r == '\'' || r == '’' || r == '-'
}

// isAnswerEmojiRune is (?i)[\p{So}\x{FE0F}\x{200D}\x{1F3FB}-\x{1F3FF}]: a
// symbol, the emoji variation selector, the zero-width joiner or a skin
// tone.
func isAnswerEmojiRune(r rune) bool {
	return unicode.Is(unicode.So, r) || r == '\uFE0F' || r == '\u200D' || r >= 0x1F3FB && r <= 0x1F3FF
}
