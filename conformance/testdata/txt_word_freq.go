package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

const corpus = `The café on the corner served crème brûlée; the CAFÉ was busy.
Über alles: die Straße, die Brücke, und die Straße wieder!
Η γάτα και ο σκύλος. Ο σκύλος τρέχει, η γάτα κοιμάται.
It's the cat's toy — isn't it? Don't ask, don't tell. 42 apples, 7 pears.`

type wordCount struct {
	word  string
	count int
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || r == '\''
}

func main() {
	words := strings.FieldsFunc(corpus, func(r rune) bool { return !isWordRune(r) })
	fmt.Println("tokens:", len(words))

	counts := make(map[string]int)
	for _, w := range words {
		w = strings.Trim(w, "'")
		if w == "" {
			continue
		}
		counts[strings.ToLower(w)]++
	}

	list := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	slices.SortFunc(list, func(a, b wordCount) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return strings.Compare(a.word, b.word)
	})

	fmt.Println("distinct:", len(list))
	fmt.Println("top 10:")
	for _, wc := range list[:10] {
		fmt.Printf("  %-8s %d\n", wc.word, wc.count)
	}

	// Letters grouped by script.
	scripts := []struct {
		name  string
		table *unicode.RangeTable
	}{
		{"Latin", unicode.Latin},
		{"Greek", unicode.Greek},
	}
	letterCount := map[string]int{}
	digits, puncts, upper := 0, 0, 0
	for _, r := range corpus {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsPunct(r):
			puncts++
		}
		if unicode.IsUpper(r) {
			upper++
		}
		for _, s := range scripts {
			if unicode.Is(s.table, r) {
				letterCount[s.name]++
			}
		}
	}
	for _, s := range scripts {
		fmt.Printf("%s letters: %d\n", s.name, letterCount[s.name])
	}
	fmt.Printf("digits: %d, punctuation: %d, uppercase: %d\n", digits, puncts, upper)

	// Words with non-ASCII letters, sorted and deduplicated.
	var accented []string
	for _, wc := range list {
		if strings.IndexFunc(wc.word, func(r rune) bool { return r > unicode.MaxASCII }) >= 0 {
			accented = append(accented, wc.word)
		}
	}
	slices.Sort(accented)
	fmt.Println("non-ASCII words:", strings.Join(accented, " "))

	// Length histogram in runes.
	byLen := map[int]int{}
	longest := ""
	for _, wc := range list {
		n := len([]rune(wc.word))
		byLen[n] += wc.count
		if n > len([]rune(longest)) || (n == len([]rune(longest)) && wc.word < longest) {
			longest = wc.word
		}
	}
	for n := 1; n <= 10; n++ {
		if byLen[n] > 0 {
			fmt.Printf("len %2d: %s\n", n, strings.Repeat("*", byLen[n]))
		}
	}
	fmt.Println("longest:", longest)
}
