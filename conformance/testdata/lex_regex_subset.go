// A matcher for a small regular-expression subset: literals, '.', '*', '+', '?', '^', '$'.
// In the style of Kernighan and Pike's classic matcher.
package main

import "fmt"

// match reports whether re matches anywhere in text.
func match(re, text string) bool {
	if len(re) > 0 && re[0] == '^' {
		return matchHere(re[1:], text)
	}
	for {
		if matchHere(re, text) {
			return true
		}
		if text == "" {
			return false
		}
		text = text[1:]
	}
}

func matchHere(re, text string) bool {
	switch {
	case re == "":
		return true
	case len(re) >= 2 && re[1] == '*':
		return matchStar(re[0], re[2:], text)
	case len(re) >= 2 && re[1] == '+':
		return text != "" && matchOne(re[0], text[0]) && matchStar(re[0], re[2:], text[1:])
	case len(re) >= 2 && re[1] == '?':
		if text != "" && matchOne(re[0], text[0]) && matchHere(re[2:], text[1:]) {
			return true
		}
		return matchHere(re[2:], text)
	case re == "$":
		return text == ""
	case text != "" && matchOne(re[0], text[0]):
		return matchHere(re[1:], text[1:])
	}
	return false
}

func matchOne(c, b byte) bool { return c == '.' || c == b }

// matchStar is leftmost-longest: try the most repetitions first.
func matchStar(c byte, re, text string) bool {
	n := 0
	for n < len(text) && matchOne(c, text[n]) {
		n++
	}
	for ; n >= 0; n-- {
		if matchHere(re, text[n:]) {
			return true
		}
	}
	return false
}

type testCase struct {
	re, text string
	want     bool
}

func main() {
	cases := []testCase{
		{"abc", "xxabcxx", true},
		{"^abc", "xxabc", false},
		{"^abc", "abcdef", true},
		{"abc$", "xxabc", true},
		{"a.c", "abc", true},
		{"a.c", "ac", false},
		{"ab*c", "ac", true},
		{"ab*c", "abbbbc", true},
		{"ab+c", "ac", false},
		{"ab+c", "abbc", true},
		{"colou?r", "color", true},
		{"colou?r", "colour", true},
		{"colou?r", "colouur", false},
		{"^.*$", "", true},
		{"^a*a*a*b$", "aaaaaaaab", true},
		{"x", "", false},
		{"", "anything", true},
	}
	pass := 0
	for i, tc := range cases {
		got := match(tc.re, tc.text)
		status := "ok"
		if got != tc.want {
			status = "FAIL"
		} else {
			pass++
		}
		fmt.Printf("%2d %-12q %-12q %-5v %s\n", i, tc.re, tc.text, got, status)
	}
	fmt.Printf("%d/%d passed\n", pass, len(cases))
	fmt.Printf("%+v\n", cases[0])
}
