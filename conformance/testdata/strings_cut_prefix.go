package main

import (
	"fmt"
	"strings"
)

func main() {
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	_, _, found = strings.Cut("novalue", "=")
	fmt.Println(found)
	rest, ok := strings.CutPrefix("--verbose", "--")
	fmt.Println(rest, ok)
	name, ok := strings.CutSuffix("main.go", ".rs")
	fmt.Println(name, ok)
	fmt.Println(strings.ContainsFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
}
