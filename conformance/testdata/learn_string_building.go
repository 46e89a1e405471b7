package main

import (
	"fmt"
	"strings"
)

func stars(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "*"
	}
	return s
}

func reverse(s string) string {
	out := ""
	for _, r := range s {
		out = string(r) + out
	}
	return out
}

func joinWords(words []string) string {
	result := ""
	for i, w := range words {
		if i > 0 {
			result += ", "
		}
		result += w
	}
	return result
}

func main() {
	for i := 1; i <= 4; i++ {
		fmt.Println(i, stars(i))
	}
	word := "hello"
	fmt.Println("reverse:", reverse(word))
	fmt.Println("reverse unicode:", reverse("héllo wörld"))

	list := []string{"apple", "banana", "cherry"}
	fmt.Println("joined:", joinWords(list))
	fmt.Println("strings.Join:", strings.Join(list, " | "))

	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "[%d]", i*i)
	}
	fmt.Println("builder:", sb.String(), "len", sb.Len())

	line := ""
	for c := 'a'; c <= 'e'; c++ {
		line += string(c)
		fmt.Printf("%q ", line)
	}
	fmt.Println()

	s := "Go is fun"
	fmt.Println(strings.ToUpper(s), strings.Count(s, " "), len(s))
	fmt.Println(strings.Repeat("-=", 6))
	fmt.Println(strings.Fields(s), strings.Contains(s, "fun"))
	b := []byte(s)
	b[0] = 'g'
	fmt.Println(string(b), s)
}
