package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		if r > 127 {
			fmt.Println(i, string(r), r)
		}
	}
	b := []byte(s)
	fmt.Println(b[1], s[1])
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[7:]))
	up := 0
	for _, r := range "Hello World" {
		if unicode.IsUpper(r) {
			up++
		}
	}
	fmt.Println(up, string(rune(65)), fmt.Sprint('A'))
}
