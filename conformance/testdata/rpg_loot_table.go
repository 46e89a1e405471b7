// Weighted loot tables with generics and a seeded random source.
package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Rarity int

const (
	Common Rarity = iota
	Uncommon
	Rare
	Legendary
)

func (r Rarity) String() string {
	return [...]string{"Common", "Uncommon", "Rare", "Legendary"}[r]
}

type Loot struct {
	Name   string
	Rarity Rarity
}

type weighted[T any] struct {
	item   T
	weight int
}

// Table picks items with probability proportional to their weight.
type Table[T any] struct {
	entries []weighted[T]
	total   int
}

func (t *Table[T]) Add(item T, weight int) *Table[T] {
	t.entries = append(t.entries, weighted[T]{item, weight})
	t.total += weight
	return t
}

func (t *Table[T]) Roll(r *rand.Rand) T {
	n := r.IntN(t.total)
	for _, e := range t.entries {
		if n < e.weight {
			return e.item
		}
		n -= e.weight
	}
	panic("unreachable")
}

func Tally[T any, K comparable](items []T, key func(T) K) map[K]int {
	out := make(map[K]int)
	for _, it := range items {
		out[key(it)]++
	}
	return out
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	chest := new(Table[Loot]).
		Add(Loot{"copper coins", Common}, 50).
		Add(Loot{"bandage", Common}, 30).
		Add(Loot{"silver ring", Uncommon}, 12).
		Add(Loot{"fire scroll", Rare}, 6).
		Add(Loot{"dragon scale", Legendary}, 2)

	var drops []Loot
	for i := range 10 {
		l := chest.Roll(r)
		drops = append(drops, l)
		fmt.Printf("chest %2d: %-13s %v\n", i+1, l.Name, l.Rarity)
	}
	for range 990 {
		drops = append(drops, chest.Roll(r))
	}
	byRarity := Tally(drops, func(l Loot) Rarity { return l.Rarity })
	fmt.Println("1000 chests by rarity:", byRarity)

	byName := Tally(drops, func(l Loot) string { return l.Name })
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(byName[b]-byName[a], strings.Compare(a, b)) })
	for _, n := range names {
		fmt.Printf("  %-13s %4d %s\n", n, byName[n], strings.Repeat("*", byName[n]/20))
	}

	gold := new(Table[int]).Add(1, 5).Add(5, 3).Add(25, 1)
	sum := 0
	var first []int
	for i := range 100 {
		g := gold.Roll(r)
		sum += g
		if i < 12 {
			first = append(first, g)
		}
	}
	fmt.Printf("gold table %T: first rolls %v, total over 100 = %d\n", gold, first, sum)
}
