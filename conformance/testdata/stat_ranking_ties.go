package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Athlete struct {
	Name   string
	Points int
}

type RankMethod int

const (
	Standard   RankMethod = iota // 1224
	Dense                        // 1223
	Ordinal                      // 1234
	Fractional                   // 1 2.5 2.5 4
)

func (m RankMethod) String() string {
	switch m {
	case Standard:
		return "standard"
	case Dense:
		return "dense"
	case Ordinal:
		return "ordinal"
	case Fractional:
		return "fractional"
	}
	return fmt.Sprintf("RankMethod(%d)", int(m))
}

func Rank[T any, K cmp.Ordered](items []T, key func(T) K, m RankMethod) []float64 {
	sorted := slices.Clone(items)
	slices.SortStableFunc(sorted, func(a, b T) int { return cmp.Compare(key(b), key(a)) })
	ranks := make([]float64, len(sorted))
	dense := 0
	for i := 0; i < len(sorted); {
		j := i
		for j+1 < len(sorted) && key(sorted[j+1]) == key(sorted[i]) {
			j++
		}
		dense++
		for k := i; k <= j; k++ {
			switch m {
			case Standard:
				ranks[k] = float64(i + 1)
			case Dense:
				ranks[k] = float64(dense)
			case Ordinal:
				ranks[k] = float64(k + 1)
			case Fractional:
				ranks[k] = float64(i+j)/2 + 1
			}
		}
		i = j + 1
	}
	// copy sorted back so the caller sees the ranking order
	copy(items, sorted)
	return ranks
}

func main() {
	athletes := []Athlete{
		{"Mira", 88}, {"Tom", 92}, {"Ines", 88}, {"Raj", 75},
		{"Zoe", 92}, {"Omar", 88}, {"Lena", 60}, {"Kurt", 75},
	}
	methods := []RankMethod{Standard, Dense, Ordinal, Fractional}
	table := make([][]float64, len(methods))
	for i, m := range methods {
		table[i] = Rank(athletes, func(a Athlete) int { return a.Points }, m)
	}
	fmt.Printf("%-6s %6s", "name", "points")
	for _, m := range methods {
		fmt.Printf(" %10v", m)
	}
	fmt.Println()
	for r, a := range athletes {
		fmt.Printf("%-6s %6d", a.Name, a.Points)
		for i := range methods {
			fmt.Printf(" %10g", table[i][r])
		}
		fmt.Println()
	}
	fmt.Println(RankMethod(7), Dense)
	words := []string{"pear", "fig", "apple", "fig", "kiwi"}
	wr := Rank(words, func(s string) string { return s }, Fractional)
	fmt.Printf("%q -> %v\n", words, wr)
}
