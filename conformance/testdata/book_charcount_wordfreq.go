// Exercises 4.8-4.9: charcount by Unicode category and word frequency.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const text = `The quick brown fox jumps over the lazy dog, 3 times!
Le renard brun rapide saute par-dessus le chien paresseux.
Быстрая лиса — 快速的狐狸 — the fox, the dog and the end. ` + "\xff"

func main() {
	counts := make(map[rune]int)
	var utflen [utf8.UTFMax + 1]int
	categories := make(map[string]int)
	invalid := 0

	in := bufio.NewReader(strings.NewReader(text))
	for {
		r, n, err := in.ReadRune()
		if err != nil {
			break
		}
		if r == unicode.ReplacementChar && n == 1 {
			invalid++
			continue
		}
		counts[r]++
		utflen[n]++
		switch {
		case unicode.IsLetter(r):
			categories["letter"]++
		case unicode.IsDigit(r):
			categories["digit"]++
		case unicode.IsSpace(r):
			categories["space"]++
		case unicode.IsPunct(r):
			categories["punct"]++
		default:
			categories["other"]++
		}
	}
	fmt.Println("categories:", categories)
	fmt.Print("len\tcount\n")
	for i, n := range utflen {
		if i > 0 {
			fmt.Printf("%d\t%d\n", i, n)
		}
	}
	fmt.Printf("invalid UTF-8 characters: %d\n", invalid)
	fmt.Printf("distinct runes: %d, 'e'=%d, 'o'=%d, '狐'=%d\n", len(counts), counts['e'], counts['o'], counts['狐'])

	// Word frequency using bufio.ScanWords.
	freq := make(map[string]int)
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}))
		if w != "" {
			freq[w]++
		}
	}
	type wc struct {
		word  string
		count int
	}
	var list []wc
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, e := range list[:8] {
		fmt.Printf("%-8s %d\n", e.word, e.count)
	}
	fmt.Println("distinct words:", len(list))
}
