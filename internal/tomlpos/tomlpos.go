// Package tomlpos finds the line of a key in a TOML document. The TOML
// decoder reports unknown keys and type errors without positions, and users
// need file:line to fix a config, so we locate keys ourselves.
package tomlpos

import (
	"strconv"
	"strings"
)

// Index maps dotted key paths to 1-based lines. Entries of an array of
// tables are addressed by index: "custom.0.pattern".
type Index struct {
	lines map[string]int
}

// New scans src. firstLine is the file line of src's first line (TOML front
// matter starts on line 2 of a draft).
func New(src string, firstLine int) *Index {
	idx := &Index{lines: map[string]int{}}
	arrays := map[string]int{}
	var table []string
	for n, raw := range strings.Split(src, "\n") {
		line := n + firstLine
		s := strings.TrimSpace(stripComment(raw))
		if s == "" {
			continue
		}
		if strings.HasPrefix(s, "[[") && strings.HasSuffix(s, "]]") {
			name := strings.Join(splitKey(s[2:len(s)-2]), ".")
			i := arrays[name]
			arrays[name] = i + 1
			table = append(splitKey(name), strconv.Itoa(i))
			idx.set(strings.Join(table, "."), line)
			continue
		}
		if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
			table = splitKey(s[1 : len(s)-1])
			idx.set(strings.Join(table, "."), line)
			continue
		}
		eq := keyEnd(s)
		if eq < 0 {
			continue
		}
		path := append(append([]string{}, table...), splitKey(s[:eq])...)
		idx.set(strings.Join(path, "."), line)
		// One level of inline tables: rules = { a = { severity = "off" } }
		rest := strings.TrimSpace(s[eq+1:])
		if strings.HasPrefix(rest, "{") {
			idx.inline(path, rest, line)
		}
	}
	return idx
}

func (idx *Index) set(key string, line int) {
	if _, ok := idx.lines[key]; !ok {
		idx.lines[key] = line
	}
}

// inline records the keys of an inline table on the same line.
func (idx *Index) inline(path []string, s string, line int) {
	depth := 0
	var stack [][]string
	cur := path
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"', '\'':
			q := s[i]
			for i++; i < len(s) && s[i] != q; i++ {
				if s[i] == '\\' && q == '"' {
					i++
				}
			}
		case '{':
			depth++
			stack = append(stack, cur)
			start = i + 1
		case '}':
			depth--
			if len(stack) > 0 {
				cur = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
			}
			start = i + 1
		case ',':
			start = i + 1
		case '=':
			key := strings.TrimSpace(s[start:i])
			if key == "" || depth == 0 {
				continue
			}
			full := append(append([]string{}, cur...), splitKey(key)...)
			idx.set(strings.Join(full, "."), line)
			rest := strings.TrimSpace(s[i+1:])
			if strings.HasPrefix(rest, "{") {
				cur = full
			}
		}
	}
}

// Line returns the line of the key, or of its closest enclosing table that
// is known; 0 when nothing matches.
func (idx *Index) Line(key ...string) int {
	for n := len(key); n > 0; n-- {
		if l, ok := idx.lines[strings.Join(key[:n], ".")]; ok {
			return l
		}
	}
	return 0
}

func stripComment(s string) string {
	inStr := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inStr != 0:
			if c == '\\' && inStr == '"' {
				i++
			} else if c == inStr {
				inStr = 0
			}
		case c == '"' || c == '\'':
			inStr = c
		case c == '#':
			return s[:i]
		}
	}
	return s
}

// keyEnd returns the index of the '=' that ends the key, or -1.
func keyEnd(s string) int {
	inStr := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inStr != 0:
			if c == inStr {
				inStr = 0
			}
		case c == '"' || c == '\'':
			inStr = c
		case c == '=':
			return i
		}
	}
	return -1
}

// splitKey splits a dotted key, honouring quoted parts.
func splitKey(s string) []string {
	var parts []string
	var cur strings.Builder
	inStr := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inStr != 0:
			if c == inStr {
				inStr = 0
			} else {
				cur.WriteByte(c)
			}
		case c == '"' || c == '\'':
			inStr = c
		case c == '.':
			parts = append(parts, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	return append(parts, strings.TrimSpace(cur.String()))
}
