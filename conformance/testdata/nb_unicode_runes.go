package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

type Stats struct {
	Letters, Upper, Digits, Spaces, Punct, Other int
}

func classify(s string) Stats {
	var st Stats
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			st.Letters++
			if unicode.IsUpper(r) {
				st.Upper++
			}
		case unicode.IsDigit(r):
			st.Digits++
		case unicode.IsSpace(r):
			st.Spaces++
		case unicode.IsPunct(r):
			st.Punct++
		default:
			st.Other++
		}
	}
	return st
}

func main() {
	s := "Grüße, 世界!"

	// Step 1: len counts bytes, not characters
	fmt.Println("step 1: bytes", len(s), "runes", utf8.RuneCountInString(s))

	// Step 2: ranging over a string yields byte offsets and runes
	for i, r := range s {
		fmt.Printf("step 2: offset %2d rune %q %U width %d\n", i, r, r, utf8.RuneLen(r))
	}

	// Step 3: indexing gives bytes
	fmt.Printf("step 3: s[2]=%d (%x) s[0]=%c\n", s[2], s[2], s[0])

	// Step 4: the raw bytes of one multi-byte character
	fmt.Printf("step 4: % x\n", "界")

	// Step 5: converting to []rune and back
	runes := []rune(s)
	fmt.Println("step 5:", len(runes), string(runes[7:9]))

	// Step 6: reversing by runes keeps characters intact
	fmt.Println("step 6:", reverse(s))

	// Step 7: classifying characters
	fmt.Printf("step 7: %+v\n", classify("Hello, World 2024! ¿Qué tal? ✓"))

	// Step 8: upper and lower case of non-ASCII
	fmt.Println("step 8:", strings.ToUpper("straße ğ"), string(unicode.ToLower('Ä')))

	// Step 9: strings.Map to drop vowels
	noVowels := strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiouäöü", unicode.ToLower(r)) {
			return -1
		}
		return r
	}, "Über allen Gipfeln")
	fmt.Println("step 9:", noVowels)

	// Step 10: decoding runes by hand
	b := []byte("añb")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("step 10: %c uses %d byte(s)\n", r, size)
		b = b[size:]
	}

	// Step 11: invalid UTF-8 decodes to the replacement character
	bad := string([]byte{'o', 'k', 0xff})
	fmt.Println("step 11:", utf8.ValidString(bad), utf8.ValidString(s))
	for _, r := range bad {
		fmt.Printf("step 12: %U\n", r)
	}

	// Step 13: a rune is an int32
	var r rune = 'é'
	fmt.Println("step 13:", r, string(r), r+1, string(r+1))

	// Step 14: byte-wise vs rune-wise uppercase of the first letter
	word := "élan"
	first, size := utf8.DecodeRuneInString(word)
	fmt.Println("step 14:", string(unicode.ToUpper(first))+word[size:])

	// Step 15: emoji may be one rune of four bytes
	e := "🙂"
	fmt.Println("step 15:", len(e), utf8.RuneCountInString(e), fmt.Sprintf("%+q", e))

	// Step 16: comparing with EqualFold handles Unicode folding
	fmt.Println("step 16:", strings.EqualFold("ΣΊΣΥΦΟΣ", "σίσυφος"))
}
