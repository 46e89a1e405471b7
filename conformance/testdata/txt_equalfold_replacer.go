package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

func dedupeFold(words []string) []string {
	var out []string
	for _, w := range words {
		if !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, w) }) {
			out = append(out, w)
		}
	}
	return out
}

func title(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToTitle(r)) + w[size:]
}

func main() {
	fmt.Println("== EqualFold (simple Unicode folding) ==")
	pairs := [][2]string{
		{"Go", "GO"},
		{"gopher", "GOPHER"},
		{"Straße", "STRASSE"},
		{"Straße", "STRAẞE"},
		{"σ", "Σ"},
		{"ς", "Σ"},
		{"K", "\u212A"}, // Kelvin sign
		{"ǅ", "ǆ"},
		{"İ", "i"},
		{"abc", "abd"},
	}
	for _, p := range pairs {
		fmt.Printf("  %-10q %-10q fold=%-5v lower==%v\n", p[0], p[1],
			strings.EqualFold(p[0], p[1]), strings.ToLower(p[0]) == strings.ToLower(p[1]))
	}

	fmt.Println("== case-insensitive dedupe ==")
	words := []string{"Apple", "banana", "APPLE", "Cherry", "BANANA", "apple", "cherry", "Date"}
	fmt.Println(" ", dedupeFold(words))

	fmt.Println("== case-insensitive search ==")
	hay := "The Gopher met another GOPHER and a gOpHeR."
	needle := "gopher"
	count := 0
	for i := 0; i+len(needle) <= len(hay); i++ {
		if strings.EqualFold(hay[i:i+len(needle)], needle) {
			fmt.Printf("  match at %d: %q\n", i, hay[i:i+len(needle)])
			count++
		}
	}
	fmt.Println("  total:", count)

	fmt.Println("== NewReplacer: HTML escaping ==")
	esc := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")
	fmt.Println(" ", esc.Replace(`<a href="x">Tom & Jerry's</a>`))

	fmt.Println("== NewReplacer: placeholders ==")
	tpl := "Dear {name}, your order {id} ships {when}. {unknown} stays."
	fill := strings.NewReplacer("{name}", "Ana", "{id}", "#1042", "{when}", "tomorrow")
	fmt.Println(" ", fill.Replace(tpl))

	fmt.Println("== NewReplacer: no rescanning, argument priority ==")
	swap := strings.NewReplacer("a", "b", "b", "a")
	fmt.Println("  swap a<->b:", swap.Replace("abba cab"))
	prio := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println("  a/aa/aaa order:", prio.Replace("aaaa"))
	prio2 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println("  aaa/aa/a order:", prio2.Replace("aaaa"))

	fmt.Println("== NewReplacer: byte map ==")
	leet := strings.NewReplacer("a", "4", "e", "3", "i", "1", "o", "0", "s", "5")
	fmt.Println(" ", leet.Replace("this is a simple sentence"))
	var sb strings.Builder
	n, err := leet.WriteString(&sb, "also works with writers")
	fmt.Printf("  %s (%d bytes, err=%v)\n", sb.String(), n, err)

	fmt.Println("== ToUpper/ToLower/Title-like ==")
	for _, w := range []string{"ǆemal", "ﬁne", "straße", "ΟΔΟΣ"} {
		fmt.Printf("  %-8s upper=%-9s lower=%-8s title=%s\n", w, strings.ToUpper(w), strings.ToLower(w), title(w))
	}
}
