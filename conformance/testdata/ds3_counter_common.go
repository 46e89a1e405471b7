package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Pair[T any] struct {
	Item  T
	Count int
}

func (p Pair[T]) String() string { return fmt.Sprintf("%v:%d", p.Item, p.Count) }

type Counter[T cmp.Ordered] map[T]int

func CountAll[T cmp.Ordered](items []T) Counter[T] {
	c := Counter[T]{}
	for _, it := range items {
		c.Add(it)
	}
	return c
}

func (c Counter[T]) Add(v T)           { c[v]++ }
func (c Counter[T]) Get(v T) int       { return c[v] }
func (c Counter[T]) Len() int          { return len(c) }
func (c Counter[T]) Contains(v T) bool { return c[v] > 0 }

func (c Counter[T]) Remove(v T) {
	if c[v] <= 1 {
		delete(c, v)
		return
	}
	c[v]--
}

func (c Counter[T]) Total() int {
	t := 0
	for _, n := range c {
		t += n
	}
	return t
}

func (c Counter[T]) MostCommon(n int) []Pair[T] {
	pairs := make([]Pair[T], 0, len(c))
	for _, k := range slices.Sorted(maps.Keys(c)) {
		pairs = append(pairs, Pair[T]{k, c[k]})
	}
	slices.SortStableFunc(pairs, func(a, b Pair[T]) int { return cmp.Compare(b.Count, a.Count) })
	if n >= 0 && n < len(pairs) {
		pairs = pairs[:n]
	}
	return pairs
}

func (c Counter[T]) Merge(o Counter[T]) Counter[T] {
	out := maps.Clone(c)
	for k, v := range o {
		out[k] += v
	}
	return out
}

func (c Counter[T]) String() string {
	return fmt.Sprint(c.MostCommon(-1))
}

const text = `the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick as a fox can while the dog sleeps`

func main() {
	words := CountAll(strings.Fields(text))
	fmt.Println("distinct words:", words.Len(), "total:", words.Total())
	for i, p := range words.MostCommon(4) {
		fmt.Printf("%d. %v\n", i+1, p)
	}
	fmt.Println("count(dog) =", words.Get("dog"), "contains cat:", words.Contains("cat"))

	letters := Counter[rune]{}
	for _, r := range strings.ReplaceAll(text, " ", "") {
		if r != '\n' {
			letters.Add(r)
		}
	}
	for _, p := range letters.MostCommon(5) {
		fmt.Printf("%c appears %d times\n", p.Item, p.Count)
	}

	a := CountAll([]int{1, 2, 2, 3, 3, 3})
	b := CountAll([]int{3, 4, 4, 1})
	fmt.Println("a:", a)
	fmt.Println("b:", b)
	m := a.Merge(b)
	fmt.Println("merged:", m)
	m.Remove(3)
	m.Remove(1)
	m.Remove(1)
	fmt.Println("after removals:", m, "len", m.Len())
}
