package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type IntList []int

func (l IntList) Sum() int {
	total := 0
	for _, v := range l {
		total += v
	}
	return total
}

func (l IntList) Len() int           { return len(l) }
func (l IntList) Less(i, j int) bool { return l[i] < l[j] }
func (l IntList) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }

// Appending needs a pointer receiver so the caller sees the new slice header.
func (l *IntList) Add(vs ...int) { *l = append(*l, vs...) }

// Modifying elements works with a value receiver: the backing array is shared.
func (l IntList) Double() {
	for i := range l {
		l[i] *= 2
	}
}

type WordCount map[string]int

// Maps are references, so a value receiver can mutate.
func (wc WordCount) AddText(text string) {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		wc[strings.Trim(w, ".,!?")]++
	}
}

func (wc WordCount) Top(n int) []string {
	words := slices.Collect(maps.Keys(wc))
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(wc[b], wc[a]), strings.Compare(a, b))
	})
	if len(words) > n {
		words = words[:n]
	}
	return words
}

type Set map[string]struct{}

func (s Set) Add(v string)      { s[v] = struct{}{} }
func (s Set) Has(v string) bool { _, ok := s[v]; return ok }
func (s Set) String() string {
	keys := slices.Sorted(maps.Keys(s))
	return "{" + strings.Join(keys, ", ") + "}"
}

func main() {
	var l IntList
	l.Add(5, 3, 9, 1, 4)
	fmt.Println(l, l.Sum(), len(l))
	sort.Sort(l)
	fmt.Println("sorted:", l)
	l.Double()
	fmt.Println("doubled:", l, "sum:", l.Sum())

	// Conversion between a named slice type and its underlying type.
	plain := []int(l)
	plain[0] = -1
	fmt.Println(l[0], IntList([]int{7, 8}).Sum())

	wc := WordCount{}
	wc.AddText("The cat sat. The cat ran! A dog sat, the end.")
	fmt.Println(wc)
	fmt.Println("top 3:", wc.Top(3))

	s := Set{}
	for _, w := range []string{"go", "rust", "go", "c"} {
		s.Add(w)
	}
	var nilSet Set
	fmt.Println(s, len(s), s.Has("go"), s.Has("java"), nilSet.Has("x"), nilSet)
}
