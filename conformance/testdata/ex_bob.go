package main

import (
	"fmt"
	"strings"
	"unicode"
)

type response string

const (
	whatever response = "Whatever."
	sure     response = "Sure."
	chill    response = "Whoa, chill out!"
	calm     response = "Calm down, I know what I'm doing!"
	fine     response = "Fine. Be that way!"
)

func isShouting(s string) bool {
	hasLetter := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			hasLetter = true
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return hasLetter
}

func Hey(remark string) response {
	remark = strings.TrimSpace(remark)
	question := strings.HasSuffix(remark, "?")
	shout := isShouting(remark)
	switch {
	case remark == "":
		return fine
	case question && shout:
		return calm
	case shout:
		return chill
	case question:
		return sure
	default:
		return whatever
	}
}

func main() {
	tests := []struct {
		name string
		in   string
		want response
	}{
		{"stating something", "Tom-ay-to, tom-aaaah-to.", whatever},
		{"shouting", "WATCH OUT!", chill},
		{"asking a question", "Does this cryogenic chamber make me look fat?", sure},
		{"forceful question", "WHAT'S GOING ON?", calm},
		{"shouting numbers", "1, 2, 3 GO!", chill},
		{"only numbers", "1, 2, 3", whatever},
		{"question with numbers", "4?", sure},
		{"silence", "", fine},
		{"prolonged silence", "   \t\n  ", fine},
		{"unicode shouting", "ÜMLÄÜTS!", chill},
		{"non-letters with question", ":) ?", sure},
		{"trailing whitespace question", "Okay if like my  spacebar  quite a bit?   ", sure},
		{"multiline", "\nDoes this cryogenic chamber make me look fat?\nNo.", whatever},
	}
	passed := 0
	for i, tc := range tests {
		got := Hey(tc.in)
		status := "PASS"
		if got != tc.want {
			status = "FAIL"
		} else {
			passed++
		}
		fmt.Printf("%s %2d %-30s -> %q\n", status, i+1, tc.name, got)
	}
	fmt.Printf("%d/%d passed\n", passed, len(tests))
}
