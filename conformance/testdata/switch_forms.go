package main

import (
	"fmt"
	"strings"
)

func classify(r rune) string {
	switch {
	case r >= '0' && r <= '9':
		return "digit"
	case strings.ContainsRune("aeiou", r):
		return "vowel"
	case r == ' ':
		return "space"
	}
	return "other"
}

func main() {
	for _, r := range "a1 b" {
		fmt.Println(string(r), classify(r))
	}
	for i := range 6 {
		switch i {
		case 0:
		case 2, 4:
			fmt.Println(i, "even")
			if i == 4 {
				break
			}
			fmt.Println("after break check")
		default:
			fmt.Println(i, "odd")
		}
	}
}
