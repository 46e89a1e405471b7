package main

import (
	"fmt"
	"strings"
	"unicode"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func main() {
	text := "The quick brown fox jumps over the lazy dog and keeps running far away"
	for i, l := range wrap(text, 16) {
		fmt.Printf("%2d |%-16s|\n", i, l)
	}
	fmt.Println(len(wrap("", 10)), wrap("supercalifragilistic word", 5))
	title := strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "hello, world! it's go.")
	fmt.Println(title)
	fmt.Println(strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Println(strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("x.y.z", "."))
}
