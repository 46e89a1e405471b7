// Chapter: strings, bytes and runes.
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界"
	fmt.Println("len in bytes:", len(s), "runes:", utf8.RuneCountInString(s))
	fmt.Printf("s[1]=%d (%T) s[0:1]=%q\n", s[1], s[1], s[0:1])

	fmt.Println("-- range yields runes with byte offsets --")
	for i, r := range s {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()

	fmt.Println("-- indexing yields bytes --")
	for i := 0; i < 3; i++ {
		fmt.Printf("%d:%#02x ", i, s[i])
	}
	fmt.Println()

	b := []byte("abc")
	b[0] = 'A'
	fmt.Println(string(b), b, []byte("é"))
	r := []rune("世界!")
	fmt.Println(r, string(r[1]), len(r))
	fmt.Println(string(rune(65)), strconv.Itoa(65), fmt.Sprint(65))

	fmt.Println("reversed:", reverseRunes(s))
	fmt.Printf("%q %+q %x % x\n", "naïve", "naïve", "hi", "hi")

	// Strings are immutable; build them with strings.Builder.
	var sb strings.Builder
	for i := range 5 {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteString("end")
	fmt.Println(sb.String(), sb.Len())

	// Common helpers.
	fmt.Println(strings.ToUpper(s), strings.Contains(s, "llo"), strings.Index(s, "世"))
	fmt.Println(strings.Fields("  a  b   c "), len(strings.Split("a,b,,c", ",")))
	fmt.Println(strings.Repeat("ab", 3), strings.TrimSpace("\t x \n"), strings.EqualFold("Go", "GO"))
	fmt.Printf("%q\n", strings.SplitN("k=v=w", "=", 2))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToUpper(r)
		}
		return -1
	}, "a1b2-c3"))
	before, after, found := strings.Cut("key: value", ": ")
	fmt.Printf("%q %q %v\n", before, after, found)

	// bytes mirrors strings.
	buf := bytes.NewBufferString("hello")
	buf.WriteByte(' ')
	buf.Write([]byte("world"))
	fmt.Println(buf.String(), bytes.Equal([]byte("a"), []byte("a")))

	// Invalid UTF-8 decodes as RuneError.
	bad := "a\xffb"
	for _, r := range bad {
		fmt.Print(r == utf8.RuneError, " ")
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s))

	n, err := strconv.Atoi("12x")
	fmt.Println(n, err)
	q := strconv.Quote("tab\there")
	fmt.Println(q, strconv.QuoteRune('☺'))
	fmt.Println("abc" < "abd", "Z" < "a", strings.Compare("b", "a"))
}
