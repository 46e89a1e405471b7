package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := range 3 {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Index("chicken", "ken"))
	fmt.Println(strings.Title("x"), strings.ToTitle("go"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Fields(" a  b c "), len(strings.Split("a,b,c", ",")), strings.SplitN("a,b,c", ",", 2))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"), strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>hi</b>"))
}
