package main

import (
	"fmt"
	"strings"
	"unicode"
)

// titleCase upper-cases the first letter of each word and lower-cases the rest.
func titleCase(s string) string {
	var b strings.Builder
	startOfWord := true
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			startOfWord = true
			b.WriteRune(r)
		case startOfWord:
			b.WriteRune(unicode.ToUpper(r))
			startOfWord = false
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	var sb strings.Builder
	for i := range 5 {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "item%d", i)
	}
	sb.WriteByte('!')
	fmt.Println(sb.String(), "len:", sb.Len())

	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))

	swap := strings.NewReplacer("cat", "dog", "dog", "cat")
	fmt.Println(swap.Replace("the cat chased the dog"))

	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	fmt.Println(strings.Map(rot13, strings.Map(rot13, "Hello, Gopher!")))

	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "Programming in Go is fun"))

	fmt.Println(titleCase("the gO programming LANGUAGE"))
	fmt.Println(titleCase("  multiple   spaces here "))

	pairs := [][2]string{{"Go", "GO"}, {"straße", "STRASSE"}, {"Σίσυφος", "ΣΊΣΥΦΟΣ"}, {"abc", "abd"}}
	for _, p := range pairs {
		fmt.Printf("EqualFold(%q, %q) = %v\n", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}

	fmt.Println(strings.ToUpper("mixed Case"), strings.ToLower("MIXED Case"))
	fmt.Println(strings.ReplaceAll("oink oink oink", "k", "ky"))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", 2))
}
