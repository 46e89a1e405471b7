package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func Encode(s string) string {
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		if n := j - i; n > 1 {
			b.WriteString(strconv.Itoa(n))
		}
		b.WriteRune(runes[i])
		i = j
	}
	return b.String()
}

func Decode(s string) string {
	var b strings.Builder
	count := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			count = count*10 + int(r-'0')
			continue
		}
		b.WriteString(strings.Repeat(string(r), max(count, 1)))
		count = 0
	}
	return b.String()
}

func main() {
	encodeTests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"single characters", "XYZ", "XYZ"},
		{"no singles", "AABBBCCCC", "2A3B4C"},
		{"mixed", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB", "12WB12W3B24WB"},
		{"whitespace", "  hsqq qww  ", "2 hs2q q2w2 "},
		{"lowercase", "aabbbcccc", "2a3b4c"},
		{"unicode", "ééé⌘⌘x", "3é2⌘x"},
	}
	for _, tc := range encodeTests {
		got := Encode(tc.in)
		status := "PASS"
		if got != tc.want {
			status = "FAIL"
		}
		fmt.Printf("%s encode %-18s %q\n", status, tc.name, got)
	}
	decodeTests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"singles", "XYZ", "XYZ"},
		{"no singles", "2A3B4C", "AABBBCCCC"},
		{"multi digit", "12WB3B", "WWWWWWWWWWWWBBBB"},
		{"whitespace", "2 hs2q q2w2 ", "  hsqq qww  "},
	}
	for _, tc := range decodeTests {
		got := Decode(tc.in)
		status := "PASS"
		if got != tc.want {
			status = "FAIL"
		}
		fmt.Printf("%s decode %-18s %q\n", status, tc.name, got)
	}
	for _, s := range []string{"zzz ZZ  zZ", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "日日本本本"} {
		round := Decode(Encode(s))
		fmt.Printf("roundtrip %q via %q ok=%t\n", s, Encode(s), round == s)
	}
}
