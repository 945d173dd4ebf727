package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// HookDateline reports a post that opens like a press release: a dateline
// such as "Selasa (2/4)," or "JAKARTA, Humas –" or "On Monday". Fine in a
// press release, a weak hook in a feed. A dateline later in the body is not
// a finding.
type HookDateline struct{}

func init() { register("hook-dateline", func() Rule { return &HookDateline{} }) }

// datelinePatterns match at the very start of the post (content-rules.md
// HOOK-03): each returns the end of its dateline at the start of text, -1
// when there is none.
var datelinePatterns = []func(text string) int{
	datelineAtDayDate,
	datelineAtPlace,
	datelineAtPlaceDate,
	datelineAtOnDay,
	datelineAtDayMonth,
}

// datelineMayStart holds, for each of datelinePatterns, a test that text
// fails when the pattern cannot match it: most posts open with none of
// them, and skipping the patterns spares running them.
var datelineMayStart = []func(text string) bool{
	func(text string) bool { // a weekday in any case (k and s fold beyond ASCII), then "("
		r, _ := utf8.DecodeRuneInString(text)
		return strings.ContainsRune("SsRrKkJjMmAa\u017f\u212a", r) && strings.IndexByte(text, '(') >= 0
	},
	func(text string) bool { // [A-Z][A-Z.' ]
		return len(text) >= 3 && isUpperASCII(text[0]) && (isUpperASCII(text[1]) || strings.IndexByte(".' ", text[1]) >= 0)
	},
	func(text string) bool { // one or two capitalised words, then the first ','
		comma := strings.IndexByte(text, ',')
		if comma < 2 || !isUpperASCII(text[0]) || strings.Count(text[:comma], " ") > 1 {
			return false
		}
		for i := 1; i < comma; i++ {
			if c := text[i]; c != ' ' && !isUpperASCII(c) && (c < 'a' || c > 'z') {
				return false
			}
		}
		return true
	},
	func(text string) bool { return strings.HasPrefix(text, "On ") },
	func(text string) bool { return text != "" && strings.IndexByte("SRKJMA", text[0]) >= 0 },
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// leadingDateline returns the end of a dateline opening text, or ok false;
// a dateline starts at the start.
// Other rules skip it: "JAKARTA" in "JAKARTA, Humas –" is a place, not an
// acronym or a name.
func leadingDateline(text string) (end int, ok bool) {
	for i, match := range datelinePatterns {
		if !datelineMayStart[i](text) {
			continue
		}
		if end := match(text); end >= 0 {
			return len(strings.TrimRight(text[:end], " \t")), true
		}
	}
	return 0, false
}

// The datelines as scanners: each datelineAt… function returns the end
// of what the regular expression in its comment matches at the start of
// text, -1 if it matches nothing there (TestDatelineScannersSameAsRegexp).
// They run on every post that opens as one might (datelineMayStart), so
// the post does not pay a regular expression's compiling and
// backtracking; the steps backtrack as the expressions' do (scan.go).

// Word alternatives, in the order the expressions try them.
var (
	// (?i:Senin|Selasa|Rabu|Kamis|Jum'?at|Jumat|Sabtu|Minggu|Ahad), in
	// lower case for foldedAt.
	weekdaysIDFolded = []string{"senin", "selasa", "rabu", "kamis", "jum'at", "jumat", "sabtu", "minggu", "ahad"}
	// Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad, as written.
	weekdaysID = []string{"Senin", "Selasa", "Rabu", "Kamis", "Jum'at", "Jumat", "Sabtu", "Minggu", "Ahad"}
	weekdaysEN = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	// The Indonesian months, in lower case for foldedAt.
	monthsID = []string{"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
		"oktober", "november", "desember"}
	// monthsIDEN are monthsID and the English months that differ.
	monthsIDEN = append(monthsID[:len(monthsID):len(monthsID)], "january", "february", "march", "may", "june", "july",
		"august", "october", "december")
	// The dashes [–—].
	longDashes = []string{"–", "—"}
)

// datelineAtDayDate matches
//
//	^(?i:Senin|Selasa|Rabu|Kamis|Jum'?at|Jumat|Sabtu|Minggu|Ahad)\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*,?
func datelineAtDayDate(s string) int {
	return foldedAlt(s, 0, weekdaysIDFolded, func(i int) int {
		return bytesOf(s, i, isSpaceRE, 0, -1, func(i int) int {
			return byteThen(s, i, '(', func(i int) int {
				return slashDate(s, i, true, func(i int) int {
					return byteThen(s, i, ')', func(i int) int {
						return bytesOf(s, i, isSpaceRE, 0, -1, func(i int) int { return optionalByte(s, i, ',') })
					})
				})
			})
		})
	})
}

// datelineAtPlace matches "JAKARTA, Humas –" or "SURABAYA –", a place in
// capitals, an optional source, then a dash standing apart (so "KTP-el"
// is not a dateline):
//
//	^[A-Z][A-Z.' ]{2,}(?:,\s*[A-Z][A-Za-z .]*?)?\s*(?:\([A-Za-z]+\)\s*)?(?:[–—]|-{1,2}\s)
func datelineAtPlace(s string) int {
	dash := func(i int) int {
		if e := exactAlt(s, i, longDashes, endHere); e >= 0 {
			return e
		}
		return bytesOf(s, i, isHyphenByte, 1, 2, func(i int) int { return bytesOf(s, i, isSpaceRE, 1, 1, endHere) })
	}
	// \s*(?:\([A-Za-z]+\)\s*)? and the dash.
	source := func(i int) int {
		return bytesOf(s, i, isSpaceRE, 0, -1, func(i int) int {
			e := byteThen(s, i, '(', func(i int) int {
				return bytesOf(s, i, isLetterASCII, 1, -1, func(i int) int {
					return byteThen(s, i, ')', func(i int) int { return bytesOf(s, i, isSpaceRE, 0, -1, dash) })
				})
			})
			if e >= 0 {
				return e
			}
			return dash(i)
		})
	}
	return bytesOf(s, 0, isUpperASCII, 1, 1, func(i int) int {
		return bytesOf(s, i, isPlaceByte, 2, -1, func(i int) int {
			e := byteThen(s, i, ',', func(i int) int {
				return bytesOf(s, i, isSpaceRE, 0, -1, func(i int) int {
					return bytesOf(s, i, isUpperASCII, 1, 1, func(i int) int { return fewBytesOf(s, i, isSourceByte, source) })
				})
			})
			if e >= 0 {
				return e
			}
			return source(i)
		})
	})
}

// datelineAtPlaceDate matches
//
//	^[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*\(?\d{1,2}\s+(?i:Januari|…|Desember|January|…|December)\s+\d{4}\)?\s*[–—-]?
//
// with the months of monthsIDEN.
func datelineAtPlaceDate(s string) int {
	word := func(i int, next func(int) int) int {
		return bytesOf(s, i, isUpperASCII, 1, 1, func(i int) int { return bytesOf(s, i, isLowerASCII, 1, -1, next) })
	}
	date := func(i int) int {
		return byteThen(s, i, ',', func(i int) int {
			return bytesOf(s, i, isSpaceRE, 0, -1, func(i int) int {
				return optionalByteThen(s, i, '(', func(i int) int {
					return bytesOf(s, i, isASCIIDigit, 1, 2, func(i int) int {
						return bytesOf(s, i, isSpaceRE, 1, -1, func(i int) int {
							return foldedAlt(s, i, monthsIDEN, func(i int) int {
								return bytesOf(s, i, isSpaceRE, 1, -1, func(i int) int {
									return bytesOf(s, i, isASCIIDigit, 4, 4, func(i int) int {
										return optionalByteThen(s, i, ')', func(i int) int {
											return bytesOf(s, i, isSpaceRE, 0, -1, func(i int) int {
												if e := exactAlt(s, i, longDashes, endHere); e >= 0 {
													return e
												}
												return optionalByte(s, i, '-')
											})
										})
									})
								})
							})
						})
					})
				})
			})
		})
	}
	return word(0, func(i int) int {
		if e := byteThen(s, i, ' ', func(i int) int { return word(i, date) }); e >= 0 {
			return e
		}
		return date(i)
	})
}

// datelineAtOnDay matches
//
//	^On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s*\(\d{1,2}/\d{1,2}\))?,?
func datelineAtOnDay(s string) int {
	if !strings.HasPrefix(s, "On ") {
		return -1
	}
	return exactAlt(s, len("On "), weekdaysEN, func(i int) int {
		if atWordBoundary(s, i) < 0 {
			return -1
		}
		e := bytesOf(s, i, isSpaceRE, 0, -1, func(i int) int {
			return byteThen(s, i, '(', func(i int) int {
				return slashDate(s, i, false, func(i int) int {
					return byteThen(s, i, ')', func(i int) int { return optionalByte(s, i, ',') })
				})
			})
		})
		if e >= 0 {
			return e
		}
		return optionalByte(s, i, ',')
	})
}

// datelineAtDayMonth matches
//
//	^(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad),\s*\d{1,2}\s+(?i:Januari|…|Desember)(?:\s+\d{4})?\s*,?
//
// with the months of monthsID.
func datelineAtDayMonth(s string) int {
	return exactAlt(s, 0, weekdaysID, func(i int) int {
		return byteThen(s, i, ',', func(i int) int {
			return bytesOf(s, i, isSpaceRE, 0, -1, func(i int) int {
				return bytesOf(s, i, isASCIIDigit, 1, 2, func(i int) int {
					return bytesOf(s, i, isSpaceRE, 1, -1, func(i int) int {
						return foldedAlt(s, i, monthsID, func(i int) int {
							tail := func(i int) int {
								return bytesOf(s, i, isSpaceRE, 0, -1, func(i int) int { return optionalByte(s, i, ',') })
							}
							e := bytesOf(s, i, isSpaceRE, 1, -1, func(i int) int { return bytesOf(s, i, isASCIIDigit, 4, 4, tail) })
							if e >= 0 {
								return e
							}
							return tail(i)
						})
					})
				})
			})
		})
	})
}

// slashDate matches \d{1,2}/\d{1,2} at i, and with year (?:/\d{2,4})?,
// then next.
func slashDate(s string, i int, year bool, next func(int) int) int {
	return bytesOf(s, i, isASCIIDigit, 1, 2, func(i int) int {
		return byteThen(s, i, '/', func(i int) int {
			return bytesOf(s, i, isASCIIDigit, 1, 2, func(i int) int {
				if !year {
					return next(i)
				}
				e := byteThen(s, i, '/', func(i int) int { return bytesOf(s, i, isASCIIDigit, 2, 4, next) })
				if e >= 0 {
					return e
				}
				return next(i)
			})
		})
	})
}

// isPlaceByte is [A-Z.' ], the characters of a place in capitals.
func isPlaceByte(c byte) bool { return isUpperASCII(c) || c == '.' || c == '\'' || c == ' ' }

// isSourceByte is [A-Za-z .], the characters of a source after a place.
func isSourceByte(c byte) bool { return isLetterASCII(c) || c == ' ' || c == '.' }

func isHyphenByte(c byte) bool  { return c == '-' }
func isLetterASCII(c byte) bool { return isUpperASCII(c) || isLowerASCII(c) }

// Doc documents the rule.
func (*HookDateline) Doc() lint.Doc {
	return lint.Doc{
		ID:        "hook-dateline",
		Category:  lint.CategoryHook,
		Severity:  lint.Warning,
		Summary:   i18n.English("post opens with a press-release dateline (\"Selasa (2/4),\", \"JAKARTA, Humas –\", \"On Monday\")"),
		Rationale: i18n.English("A dateline is the news-release convention for place and day. In a feed it spends the visible first characters on information readers do not need first. Common Humas mistake: captions written like a news release."),
		Source:    "The practitioner Ndoro Kakung at Diskominfo Makassar, reported by iNews: social captions written like news releases lose the public",
		Bad:       i18n.English("On Monday (6/4), the Mayor inaugurated the new bus terminal."),
		Good:      i18n.English("The new bus terminal opens today: 40 routes, free Wi-Fi, open 24 hours."),
	}
}

// Check matches the dateline patterns at the start of the text.
func (*HookDateline) Check(p *Pass) {
	text := p.Text.Text
	start, end, ok := p.Text.dateline()
	if !ok {
		return
	}
	p.Report(Report{
		Start: start, End: end,
		Message: i18n.Sprintf("the post opens with a press-release dateline %q", "unggahan dibuka dengan baris tanggal ala siaran pers %q", excerpt(text[start:end], 40)),
		Suggestion: i18n.T("start with what happened and why it matters; give the day and place later, if at all",
			"mulai dengan apa yang terjadi dan mengapa penting; sebut hari dan tempat belakangan bila perlu"),
	})
}

// Requires declares the analysis views the rule reads.
func (*HookDateline) Requires() []AnyView {
	return []AnyView{viewDateline}
}
