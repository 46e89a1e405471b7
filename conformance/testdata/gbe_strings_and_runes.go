// Go by Example: Strings and Runes
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	// s is a string assigned a literal value
	// representing the word "hello" in Thai.
	const s = "สวัสดี"

	// Since strings are equivalent to []byte, this
	// produces the length of the raw bytes stored within.
	fmt.Println("Len:", len(s))

	// Indexing into a string produces the raw byte values.
	for i := 0; i < len(s); i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()

	// To count how many runes are in a string, use utf8.
	fmt.Println("Rune count:", utf8.RuneCountInString(s))

	// A range loop decodes each UTF-8-encoded rune along
	// with its byte offset.
	for idx, runeValue := range s {
		fmt.Printf("%#U starts at %d\n", runeValue, idx)
	}

	// The same iteration using utf8.DecodeRuneInString explicitly.
	fmt.Println("\nUsing DecodeRuneInString")
	for i, w := 0, 0; i < len(s); i += w {
		runeValue, width := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%#U starts at %d\n", runeValue, i)
		w = width
		examineRune(runeValue)
	}

	// Conversions between strings, bytes and runes.
	word := "héllo, 世界"
	rs := []rune(word)
	bs := []byte(word)
	fmt.Println(len(rs), len(bs), string(rs[7:]), string(bs[:3]))
	rs[0] = 'H'
	fmt.Println(string(rs))
	fmt.Printf("%q %+q\n", rs[1], rs[1])

	// Invalid UTF-8 decodes to the replacement character.
	bad := "a\xffb"
	for _, r := range bad {
		fmt.Printf("%U ", r)
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(word))

	// Building a string from runes.
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, 'ß')
	buf = utf8.AppendRune(buf, '€')
	fmt.Println(string(buf), len(buf), utf8.RuneLen('€'))
}

func examineRune(r rune) {
	// Values enclosed in single quotes are rune literals.
	if r == 'ท' {
		fmt.Println("found tee")
	} else if r == 'ส' {
		fmt.Println("found so sua")
	}
}
