// Week 2 assignment: classify characters with switch statements.
package main

import (
	"fmt"
	"unicode"
)

type tally struct {
	Vowels, Consonants, Digits, Spaces, Other int
}

// classify returns a category name for one rune.
func classify(r rune) string {
	switch unicode.ToLower(r) {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t', '\n':
		return "space"
	}
	switch {
	case unicode.IsLetter(r):
		return "consonant"
	case unicode.IsDigit(r):
		return "digit"
	default:
		return "other"
	}
}

func count(s string) tally {
	var t tally
	for _, r := range s {
		switch classify(r) {
		case "vowel":
			t.Vowels++
		case "consonant":
			t.Consonants++
		case "digit":
			t.Digits++
		case "space":
			t.Spaces++
		default:
			t.Other++
		}
	}
	return t
}

// grade demonstrates fallthrough: each level also earns the lower perks.
func perks(level int) []string {
	var out []string
	switch level {
	case 3:
		out = append(out, "gold badge")
		fallthrough
	case 2:
		out = append(out, "silver badge")
		fallthrough
	case 1:
		out = append(out, "bronze badge")
	default:
		out = append(out, "none")
	}
	return out
}

func main() {
	samples := []string{
		"Hello, World!",
		"Go 1.26 is here",
		"rhythm",
		"AEIOU aeiou",
	}
	for _, s := range samples {
		t := count(s)
		fmt.Printf("%-18q %+v\n", s, t)
	}

	for _, r := range []rune{'a', 'Z', '7', '?', ' ', 'ñ'} {
		fmt.Printf("%c %U %s\n", r, r, classify(r))
	}

	for lvl := 0; lvl <= 3; lvl++ {
		fmt.Printf("level %d perks: %v\n", lvl, perks(lvl))
	}
}
