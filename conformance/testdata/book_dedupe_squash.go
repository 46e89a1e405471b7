// Exercises 4.5-4.7: in-place slice manipulation.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// dedupe removes adjacent duplicates in place.
func dedupe(strs []string) []string {
	if len(strs) == 0 {
		return strs
	}
	out := strs[:1]
	for _, s := range strs[1:] {
		if s != out[len(out)-1] {
			out = append(out, s)
		}
	}
	return out
}

// squashSpaces replaces each run of adjacent Unicode spaces with a single ASCII space.
func squashSpaces(b []byte) []byte {
	out := b[:0]
	inSpace := false
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if unicode.IsSpace(r) {
			if !inSpace {
				out = append(out, ' ')
			}
			inSpace = true
		} else {
			out = append(out, b[i:i+size]...)
			inSpace = false
		}
		i += size
	}
	return out
}

// reverseUTF8 reverses the characters of a UTF-8 byte slice in place.
func reverseUTF8(b []byte) []byte {
	for i := 0; i < len(b); {
		_, size := utf8.DecodeRune(b[i:])
		rev(b[i : i+size])
		i += size
	}
	rev(b)
	return b
}

func rev(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

func main() {
	data := []string{"a", "a", "b", "c", "c", "c", "a", "d", "d", "", "", "e"}
	d := dedupe(data)
	fmt.Printf("%q len=%d cap=%d\n", d, len(d), cap(d))
	fmt.Printf("%q\n", dedupe([]string{}))
	fmt.Printf("%q\n", dedupe([]string{"x", "x", "x"}))

	inputs := []string{
		"hello   world",
		"  tabs\t\tand\nnewlines\n ",
		"no-space",
		"wide\u3000\u3000space and\u00a0nbsp",
		"héllo  wörld  日本   語",
	}
	for _, in := range inputs {
		b := []byte(in)
		fmt.Printf("%q -> %q\n", in, squashSpaces(b))
	}

	for _, in := range []string{"abc", "Hello, 世界", "naïve café", ""} {
		fmt.Printf("reverse %q -> %q\n", in, reverseUTF8([]byte(in)))
	}
}
