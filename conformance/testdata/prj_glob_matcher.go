package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrBadPattern = errors.New("bad pattern")

type token struct {
	kind byte // 'l' literal, '?' any one, '*' any run, '[' class
	lit  rune
	set  []rune
	neg  bool
}

type Glob struct {
	src  string
	toks []token
}

func (g *Glob) String() string { return "glob(" + g.src + ")" }

func Compile(p string) (*Glob, error) {
	g := &Glob{src: p}
	rs := []rune(p)
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '*':
			g.toks = append(g.toks, token{kind: '*'})
		case '?':
			g.toks = append(g.toks, token{kind: '?'})
		case '[':
			end := i + 1
			for end < len(rs) && rs[end] != ']' {
				end++
			}
			if end == len(rs) {
				return nil, fmt.Errorf("compile %q: unclosed class at %d: %w", p, i, ErrBadPattern)
			}
			t := token{kind: '['}
			body := rs[i+1 : end]
			if len(body) > 0 && body[0] == '!' {
				t.neg, body = true, body[1:]
			}
			for j := 0; j < len(body); j++ {
				if j+2 < len(body) && body[j+1] == '-' {
					for r := body[j]; r <= body[j+2]; r++ {
						t.set = append(t.set, r)
					}
					j += 2
				} else {
					t.set = append(t.set, body[j])
				}
			}
			g.toks = append(g.toks, t)
			i = end
		case '\\':
			if i+1 == len(rs) {
				return nil, fmt.Errorf("compile %q: trailing escape: %w", p, ErrBadPattern)
			}
			i++
			g.toks = append(g.toks, token{kind: 'l', lit: rs[i]})
		default:
			g.toks = append(g.toks, token{kind: 'l', lit: rs[i]})
		}
	}
	return g, nil
}

func (t token) matches(r rune) bool {
	switch t.kind {
	case '?':
		return true
	case '[':
		in := strings.ContainsRune(string(t.set), r)
		return in != t.neg
	}
	return t.lit == r
}

func (g *Glob) Match(s string) bool {
	var rec func(ti int, rs []rune) bool
	rec = func(ti int, rs []rune) bool {
		if ti == len(g.toks) {
			return len(rs) == 0
		}
		if g.toks[ti].kind == '*' {
			for k := 0; k <= len(rs); k++ {
				if rec(ti+1, rs[k:]) {
					return true
				}
			}
			return false
		}
		return len(rs) > 0 && g.toks[ti].matches(rs[0]) && rec(ti+1, rs[1:])
	}
	return rec(0, []rune(s))
}

type testCase struct {
	pattern, input string
	want           bool
}

func main() {
	cases := []testCase{
		{"*.go", "main.go", true}, {"*.go", "main.rs", false}, {"a?c", "abc", true},
		{"a?c", "ac", false}, {"[a-c]x", "bx", true}, {"[!a-c]x", "bx", false},
		{"[!a-c]x", "zx", true}, {"*a*b*", "xxaybz", true}, {"\\*lit", "*lit", true},
		{"h?llo*", "héllo world", true}, {"", "", true}, {"**", "anything", true},
		{"ab[", "ab", false}, {"x\\", "x", false}, {"*.go", "main.go", false},
	}
	pass, fail := 0, 0
	for i, c := range cases {
		g, err := Compile(c.pattern)
		if err != nil {
			fmt.Printf("%2d ERR  %v (bad=%t)\n", i, err, errors.Is(err, ErrBadPattern))
			continue
		}
		got := g.Match(c.input)
		status := "PASS"
		if got != c.want {
			status = "FAIL"
			fail++
		} else {
			pass++
		}
		fmt.Printf("%2d %s %-10v %-14q got=%-5t want=%t\n", i, status, g, c.input, got, c.want)
	}
	fmt.Printf("%d passed, %d failed\n", pass, fail)
}
