package main

import (
	"fmt"
	"strings"
)

func idGenerator(prefix string) func() string {
	n := 0
	return func() string {
		n++
		return fmt.Sprintf("%s-%04d", prefix, n)
	}
}

type Filter func(string) bool

func minWords(n int) Filter {
	return func(s string) bool { return len(strings.Fields(s)) >= n }
}

func noneOf(banned ...string) Filter {
	return func(s string) bool {
		lower := strings.ToLower(s)
		for _, b := range banned {
			if strings.Contains(lower, b) {
				return false
			}
		}
		return true
	}
}

func all(filters ...Filter) Filter {
	return func(s string) bool {
		for _, f := range filters {
			if !f(s) {
				return false
			}
		}
		return true
	}
}

func memo(f func(string) int) (func(string) int, func() int) {
	cache := map[string]int{}
	misses := 0
	return func(s string) int {
			if v, ok := cache[s]; ok {
				return v
			}
			misses++
			v := f(s)
			cache[s] = v
			return v
		}, func() int {
			return misses
		}
}

func main() {
	nextWire := idGenerator("WIRE")
	nextLocal := idGenerator("LOC")
	fmt.Println(nextWire(), nextWire(), nextLocal(), nextWire())

	headlines := []string{
		"Shocking celebrity secret revealed",
		"Council debates parking fees",
		"Rain",
		"Hospital opens new children's ward",
		"You won't believe this clickbait trick",
	}
	keep := all(minWords(3), noneOf("shocking", "won't believe"))
	for _, h := range headlines {
		mark := "drop"
		if keep(h) {
			mark = "keep"
		}
		fmt.Printf("%s  %s\n", mark, h)
	}

	vowels, missCount := memo(func(s string) int {
		return strings.IndexFunc(s, func(r rune) bool { return strings.ContainsRune("aeiou", r) })
	})
	for _, w := range []string{"rhythm", "news", "print", "news", "rhythm", "desk"} {
		fmt.Printf("first vowel in %-7q at %d\n", w, vowels(w))
	}
	fmt.Println("cache misses:", missCount())

	var deferred []func()
	for i := range 3 {
		deferred = append(deferred, func() { fmt.Println("edition", i) })
	}
	for _, f := range deferred {
		f()
	}

	total := 0
	add := func(n int) { total += n }
	for _, h := range headlines {
		add(len(h))
	}
	fmt.Println("characters:", total)
}
