package twittertext

import (
	"strings"
	"unicode/utf8"
)

// Punycode (RFC 3492) parameters.
const (
	pcBase        = 36
	pcTMin        = 1
	pcTMax        = 26
	pcSkew        = 38
	pcDamp        = 700
	pcInitialBias = 72
	pcInitialN    = 128
)

// asciiLabelLen returns the length of punycode.toASCII(label) as the
// JavaScript reference computes it (the label may itself contain the
// ideographic full stops that punycode.js treats as dots), and false when
// the encoder would fail.
func asciiLabelLen(label string) (int, bool) {
	total := 0
	first := true
	rest := label
	for {
		i := strings.IndexFunc(rest, isLabelSeparator)
		part := rest
		if i >= 0 {
			part = rest[:i]
		}
		if !first {
			total++ // the '.' the separator becomes
		}
		first = false
		n, ok := punycodeEncodedLen(part)
		if !ok {
			return 0, false
		}
		total += n
		if i < 0 {
			return total, true
		}
		_, size := utf8.DecodeRuneInString(rest[i:])
		rest = rest[i+size:]
	}
}

func isLabelSeparator(r rune) bool {
	return r == '.' || r == 0x3002 || r == 0xFF0E || r == 0xFF61
}

// punycodeEncodedLen is the length of part after toASCII: unchanged when
// it is ASCII, else "xn--" plus its punycode encoding.
func punycodeEncodedLen(part string) (int, bool) {
	ascii := true
	for i := 0; i < len(part); i++ {
		if part[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return len(part), true
	}
	// Encoding only needs the code points; keep them on the stack for
	// ordinary labels.
	var buf [64]rune
	cps := buf[:0]
	for _, r := range part {
		cps = append(cps, r)
	}
	out := 0
	basic := 0
	for _, r := range cps {
		if r < 0x80 {
			basic++
		}
	}
	out += basic
	if basic > 0 {
		out++ // delimiter
	}
	n := rune(pcInitialN)
	delta := 0
	bias := pcInitialBias
	h := basic
	const maxInt = int(^uint32(0) >> 1) // punycode.js fails beyond 2^31-1
	for h < len(cps) {
		m := rune(0x7FFFFFFF)
		for _, r := range cps {
			if r >= n && r < m {
				m = r
			}
		}
		if int(m-n) > (maxInt-delta)/(h+1) {
			return 0, false
		}
		delta += int(m-n) * (h + 1)
		n = m
		for _, r := range cps {
			if r < n {
				delta++
				if delta > maxInt {
					return 0, false
				}
			}
			if r == n {
				q := delta
				for k := pcBase; ; k += pcBase {
					t := k - bias
					if t < pcTMin {
						t = pcTMin
					} else if t > pcTMax {
						t = pcTMax
					}
					if q < t {
						break
					}
					out++
					q = (q - t) / (pcBase - t)
				}
				out++
				bias = adaptBias(delta, h+1, h == basic)
				delta = 0
				h++
			}
		}
		delta++
		n++
	}
	return 4 + out, true
}

func adaptBias(delta, numPoints int, first bool) int {
	if first {
		delta /= pcDamp
	} else {
		delta /= 2
	}
	delta += delta / numPoints
	k := 0
	for delta > ((pcBase-pcTMin)*pcTMax)/2 {
		delta /= pcBase - pcTMin
		k += pcBase
	}
	return k + (pcBase-pcTMin+1)*delta/(delta+pcSkew)
}
