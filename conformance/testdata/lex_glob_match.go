// A glob pattern matcher supporting *, ?, [abc], [a-z], [!x] and escapes, on runes.
// Unlike path.Match (which negates only with ^), it accepts both ! and ^.
package main

import (
	"errors"
	"fmt"
	"path"
)

var ErrBadPattern = errors.New("syntax error in pattern")

// matchClass matches r against a class starting after '[' and returns the rest after ']'.
func matchClass(pat []rune, r rune) (matched bool, rest []rune, err error) {
	negate := false
	if len(pat) > 0 && (pat[0] == '!' || pat[0] == '^') {
		negate = true
		pat = pat[1:]
	}
	for i := 0; i < len(pat); i++ {
		if pat[i] == ']' && i > 0 {
			return matched != negate, pat[i+1:], nil
		}
		lo := pat[i]
		hi := lo
		if i+2 < len(pat) && pat[i+1] == '-' && pat[i+2] != ']' {
			hi = pat[i+2]
			i += 2
		}
		if lo <= r && r <= hi {
			matched = true
		}
	}
	return false, nil, ErrBadPattern
}

func Match(pattern, name string) (bool, error) {
	return match([]rune(pattern), []rune(name))
}

func match(p, s []rune) (bool, error) {
	for len(p) > 0 {
		switch p[0] {
		case '*':
			for len(p) > 0 && p[0] == '*' {
				p = p[1:]
			}
			if len(p) == 0 {
				return true, nil
			}
			for i := range len(s) + 1 {
				if ok, err := match(p, s[i:]); ok || err != nil {
					return ok, err
				}
			}
			return false, nil
		case '?':
			if len(s) == 0 {
				return false, nil
			}
		case '[':
			if len(s) == 0 {
				return false, nil
			}
			ok, rest, err := matchClass(p[1:], s[0])
			if err != nil || !ok {
				return false, err
			}
			p, s = rest, s[1:]
			continue
		case '\\':
			if len(p) < 2 {
				return false, ErrBadPattern
			}
			p = p[1:]
			fallthrough
		default:
			if len(s) == 0 || p[0] != s[0] {
				return false, nil
			}
		}
		p, s = p[1:], s[1:]
	}
	return len(s) == 0, nil
}

func main() {
	cases := [][2]string{
		{"*.go", "main.go"}, {"*.go", "main.rs"}, {"lex_*.go", "lex_pratt.go"},
		{"?at", "cat"}, {"?at", "at"}, {"[ch]at", "hat"}, {"[!ch]at", "bat"}, {"[^ch]at", "bat"},
		{"[a-c]*", "bravo"}, {"[a-c]*", "delta"}, {"*", ""}, {"a*b*c", "axxbyyc"},
		{"a*b*c", "axxbyy"}, {`\*lit`, "*lit"}, {"caf?", "café"}, {"日*語", "日本語"},
		{"[abc", "a"}, {`trail\`, "trail"},
	}
	agree := 0
	for _, c := range cases {
		got, err := Match(c[0], c[1])
		std, stdErr := path.Match(c[0], c[1])
		same := got == std && (err == nil) == (stdErr == nil)
		if same {
			agree++
		}
		if err != nil {
			fmt.Printf("%-10q %-14q error: %v (path.Match agrees: %v)\n", c[0], c[1], err, same)
			continue
		}
		fmt.Printf("%-10q %-14q %-5v path.Match=%v\n", c[0], c[1], got, std)
	}
	fmt.Printf("agreement with path.Match: %d/%d\n", agree, len(cases))
}
