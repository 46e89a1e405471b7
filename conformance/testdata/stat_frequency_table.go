package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Freq[K comparable] struct {
	counts map[K]int
	total  int
}

func NewFreq[K comparable]() *Freq[K] { return &Freq[K]{counts: map[K]int{}} }

func (f *Freq[K]) Add(items ...K) {
	for _, it := range items {
		f.counts[it]++
		f.total++
	}
}

func (f *Freq[K]) Get(k K) int { return f.counts[k] }

func (f *Freq[K]) Keys(less func(a, b K) int) []K {
	return slices.SortedFunc(maps.Keys(f.counts), less)
}

func printTable[K comparable](title string, f *Freq[K], keys []K) {
	fmt.Println(title)
	fmt.Printf("  %-8s %5s %7s %7s %7s\n", "value", "freq", "rel%", "cum", "cum%")
	cum := 0
	for _, k := range keys {
		c := f.Get(k)
		cum += c
		fmt.Printf("  %-8v %5d %6.1f%% %7d %6.1f%%\n", k, c,
			100*float64(c)/float64(f.total), cum, 100*float64(cum)/float64(f.total))
	}
	fmt.Printf("  total=%d distinct=%d\n", f.total, len(keys))
}

func main() {
	dice := NewFreq[int]()
	rolls := []int{3, 6, 1, 4, 4, 2, 6, 5, 3, 6, 1, 2, 4, 6, 6, 5, 3, 2, 4, 1}
	dice.Add(rolls...)
	printTable("Dice rolls", dice, dice.Keys(func(a, b int) int { return a - b }))

	colors := NewFreq[string]()
	colors.Add(strings.Split("red,blue,red,green,blue,red,yellow,blue,red,green", ",")...)
	byCount := func(a, b string) int {
		if d := colors.Get(b) - colors.Get(a); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	}
	printTable("Favourite colours (by count)", colors, colors.Keys(byCount))

	letters := NewFreq[rune]()
	for _, r := range strings.ToLower("Statistics Is Fun") {
		if r != ' ' {
			letters.Add(r)
		}
	}
	keys := letters.Keys(func(a, b rune) int { return int(a - b) })
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%c:%d ", k, letters.Get(k))
	}
	fmt.Println("letters:", strings.TrimSpace(sb.String()))
	fmt.Printf("type of table: %T\n", letters)
}
