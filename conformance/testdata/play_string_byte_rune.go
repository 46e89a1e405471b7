package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "Héllo, 世界!"
	fmt.Println("string:", s)
	fmt.Println("len (bytes):", len(s))
	fmt.Println("RuneCountInString:", utf8.RuneCountInString(s))

	fmt.Println("-- indexing gives bytes --")
	fmt.Printf("s[0]=%v %T %q\n", s[0], s[0], s[0])
	fmt.Printf("s[1]=%v (first byte of é)\n", s[1])

	fmt.Println("-- range gives runes with byte offsets --")
	for i, r := range s {
		fmt.Printf("%2d: %q U+%04X size=%d\n", i, r, r, utf8.RuneLen(r))
	}

	b := []byte(s)
	r := []rune(s)
	fmt.Println("[]byte len:", len(b), "[]rune len:", len(r))
	fmt.Printf("bytes: % x\n", b[:6])
	fmt.Printf("runes: %U\n", r[:3])

	// Slicing in the middle of a multi-byte char
	bad := s[:2]
	fmt.Printf("s[:2] = %q valid=%v\n", bad, utf8.ValidString(bad))
	for _, r := range bad {
		fmt.Printf("rune from bad: %q (%v)\n", r, r == utf8.RuneError)
	}

	// Conversions
	fmt.Println("string(rune(65)):", string(rune(65)))
	fmt.Println("string(r[7:9]):", string(r[7:9]))
	fmt.Println("string([]byte{72,105}):", string([]byte{72, 105}))
	fmt.Printf("fmt.Sprint(65) = %q\n", fmt.Sprint(65))

	// Strings are immutable: modifying a byte copy
	b[0] = 'J'
	fmt.Println("modified bytes:", string(b), "| original:", s)

	// Reverse by runes
	rr := []rune("añb世")
	for i, j := 0, len(rr)-1; i < j; i, j = i+1, j-1 {
		rr[i], rr[j] = rr[j], rr[i]
	}
	fmt.Println("reversed:", string(rr))

	// Quoting
	fmt.Printf("%%q: %q\n", "tab\there \"quoted\" é")
	fmt.Printf("%%+q: %+q\n", "é世")
	fmt.Printf("%%x: %x  %% X: % X\n", "hi!", "hi!")
	fmt.Println("raw string:", `C:\path\n no escape`)

	// Builder and repeat
	var sb strings.Builder
	for i := range 3 {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteRune('✓')
	fmt.Println("builder:", sb.String(), "len", sb.Len())

	// Decode manually
	buf := []byte("€uro")
	rn, size := utf8.DecodeRune(buf)
	fmt.Printf("DecodeRune: %c size %d, rest %q\n", rn, size, buf[size:])
	fmt.Println("EqualFold:", strings.EqualFold("Gö", "GÖ"))
	fmt.Println("ToUpper:", strings.ToUpper("straße"))
}
