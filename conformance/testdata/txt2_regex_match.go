package main

import (
	"fmt"
	"regexp"
)

// match reports whether re matches anywhere in text. Supported syntax:
// c (literal), . (any char), * (zero or more of previous), ^ and $ anchors.
func match(re, text string) bool {
	if len(re) > 0 && re[0] == '^' {
		return matchHere(re[1:], text)
	}
	for i := 0; ; i++ {
		if matchHere(re, text[i:]) {
			return true
		}
		if i == len(text) {
			return false
		}
	}
}

func matchHere(re, text string) bool {
	switch {
	case re == "":
		return true
	case len(re) >= 2 && re[1] == '*':
		return matchStar(re[0], re[2:], text)
	case re == "$":
		return text == ""
	case text != "" && (re[0] == '.' || re[0] == text[0]):
		return matchHere(re[1:], text[1:])
	}
	return false
}

func matchStar(c byte, re, text string) bool {
	for i := 0; ; i++ {
		if matchHere(re, text[i:]) {
			return true
		}
		if i == len(text) || (c != '.' && text[i] != c) {
			return false
		}
	}
}

type matcher interface {
	Match(text string) bool
}

type handMatcher string

func (h handMatcher) Match(text string) bool { return match(string(h), text) }

type stdMatcher struct{ re *regexp.Regexp }

func (s stdMatcher) Match(text string) bool { return s.re.MatchString(text) }

func main() {
	cases := []struct{ re, text string }{
		{"abc", "xxabcxx"},
		{"^abc", "xxabc"},
		{"^abc", "abcdef"},
		{"abc$", "xxabc"},
		{"a.c", "abc"},
		{"a.c", "ac"},
		{"ab*c", "ac"},
		{"ab*c", "abbbbc"},
		{"^a.*z$", "abcdefz"},
		{"^a.*z$", "abcdefzq"},
		{"^$", ""},
		{"x*", "anything"},
		{"^hel*o$", "heo"},
		{"o.*o", "hello world"},
		{".*", ""},
		{"a*a*a*b", "aaaaaaaaaaaaaaaaaac"},
	}
	agree := 0
	for _, c := range cases {
		var h matcher = handMatcher(c.re)
		var s matcher = stdMatcher{regexp.MustCompile(c.re)}
		hr, sr := h.Match(c.text), s.Match(c.text)
		mark := "ok"
		if hr == sr {
			agree++
		} else {
			mark = "MISMATCH"
		}
		fmt.Printf("%-10q %-22q %-5v %s\n", c.re, c.text, hr, mark)
	}
	fmt.Printf("agreement with regexp: %d/%d\n", agree, len(cases))
}
