package main

import (
	"fmt"
	"strings"
	"unicode"
)

func camelToSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func main() {
	fmt.Println(camelToSnake("parseHTTPRequestID"), camelToSnake("Simple"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	fmt.Println(strings.EqualFold("GoLang", "golang"), strings.Count("cheese", "e"), strings.Count("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.Title("x") == "X", strings.ToTitle("ǆ"), strings.Repeat("ab", 3))
}
