package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Entry struct {
	Initials string
	Score    int
	Level    int
}

type Table[T any] struct {
	limit int
	less  func(a, b T) int
	rows  []T
}

func NewTable[T any](limit int, cmpFn func(a, b T) int) *Table[T] {
	return &Table[T]{limit: limit, less: cmpFn}
}

func (t *Table[T]) Submit(v T) (rank int, ok bool) {
	pos, _ := slices.BinarySearchFunc(t.rows, v, t.less)
	if pos >= t.limit {
		return 0, false
	}
	t.rows = slices.Insert(t.rows, pos, v)
	if len(t.rows) > t.limit {
		t.rows = t.rows[:t.limit]
	}
	return pos + 1, true
}

func (t *Table[T]) All() []T { return slices.Clone(t.rows) }

func byScoreDesc(a, b Entry) int {
	return cmp.Or(
		cmp.Compare(b.Score, a.Score),
		cmp.Compare(b.Level, a.Level),
		strings.Compare(a.Initials, b.Initials),
	)
}

func main() {
	table := NewTable(5, byScoreDesc)
	submissions := []Entry{
		{"AAA", 12000, 3},
		{"BOB", 45000, 7},
		{"ZED", 12000, 4},
		{"KIM", 8000, 2},
		{"JOY", 99000, 12},
		{"LOU", 500, 1},
		{"MAX", 45000, 7},
		{"NEO", 3000, 1},
	}
	for _, e := range submissions {
		if rank, ok := table.Submit(e); ok {
			fmt.Printf("%s scored %6d -> rank #%d\n", e.Initials, e.Score, rank)
		} else {
			fmt.Printf("%s scored %6d -> not on the table\n", e.Initials, e.Score)
		}
	}

	fmt.Println("\n== HIGH SCORES ==")
	for i, e := range table.All() {
		fmt.Printf("%d. %-3s %8d  L%02d\n", i+1, e.Initials, e.Score, e.Level)
	}

	names := NewTable(3, strings.Compare)
	for _, n := range []string{"pac", "dig", "galaga", "asteroids", "qbert"} {
		names.Submit(n)
	}
	fmt.Println("first three titles:", names.All())
}
