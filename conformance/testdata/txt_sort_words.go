package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

const text = `Zebra apple Mango banana cherry apple Éclair date Fig grape
kiwi lemon Apple mango NECTARINE orange papaya quince raspberry banana
strawberry tangerine ugli vanilla watermelon xigua yam zucchini éclair`

type entry struct {
	word  string
	count int
}

func main() {
	words := strings.Fields(text)
	fmt.Println("words:", len(words))

	// 1. Plain byte-wise sort: uppercase before lowercase, non-ASCII last.
	plain := slices.Clone(words)
	slices.Sort(plain)
	fmt.Println("byte order:", strings.Join(plain[:8], " "), "...", strings.Join(plain[len(plain)-3:], " "))

	// 2. Case-insensitive, ties broken by byte order for determinism.
	ci := slices.Clone(words)
	slices.SortFunc(ci, func(a, b string) int {
		return cmp.Or(strings.Compare(strings.ToLower(a), strings.ToLower(b)), strings.Compare(a, b))
	})
	fmt.Println("case-insensitive:", strings.Join(ci[:8], " "))

	// 3. By rune length descending, then alphabetically.
	byLen := slices.Compact(slices.Sorted(slices.Values(words)))
	slices.SortStableFunc(byLen, func(a, b string) int {
		return cmp.Compare(utf8.RuneCountInString(b), utf8.RuneCountInString(a))
	})
	fmt.Println("longest five:", byLen[:5])
	fmt.Println("shortest three:", byLen[len(byLen)-3:])

	// 4. Frequency of lowercase forms, sorted by count desc then word.
	freq := map[string]int{}
	for _, w := range words {
		freq[strings.ToLower(w)]++
	}
	var entries []entry
	for w, c := range freq {
		if c > 1 {
			entries = append(entries, entry{w, c})
		}
	}
	slices.SortFunc(entries, func(a, b entry) int {
		if a.count != b.count {
			return b.count - a.count
		}
		return cmp.Compare(a.word, b.word)
	})
	fmt.Println("repeated:", entries)

	// 5. Group by first letter (folded), keys sorted.
	groups := map[rune][]string{}
	for w := range freq {
		first, _ := utf8.DecodeRuneInString(w)
		groups[unicode.ToLower(first)] = append(groups[unicode.ToLower(first)], w)
	}
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		g := groups[k]
		slices.Sort(g)
		if len(g) > 1 {
			fmt.Printf("  %c: %s\n", k, strings.Join(g, ", "))
		}
	}
	fmt.Println("letters with words:", len(groups))

	// 6. Binary search in the sorted unique list.
	uniq := slices.Sorted(maps.Keys(freq))
	for _, q := range []string{"kiwi", "lime", "zucchini", "aardvark"} {
		i, found := slices.BinarySearch(uniq, q)
		fmt.Printf("search %-9s found=%-5v index=%d\n", q, found, i)
	}

	// 7. Custom key: sort by last letter, then by word.
	tail := slices.Clone(uniq[:10])
	slices.SortFunc(tail, func(a, b string) int {
		la, _ := utf8.DecodeLastRuneInString(a)
		lb, _ := utf8.DecodeLastRuneInString(b)
		return cmp.Or(cmp.Compare(la, lb), cmp.Compare(a, b))
	})
	fmt.Println("by last letter:", tail)
	fmt.Println("min/max:", slices.Min(uniq), slices.Max(uniq))
}
