package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Entry struct {
	Player string
	Score  int
	Time   int // seconds, lower is better as a tiebreak
}

type Ranked struct {
	Entry
	Rank int
}

// Rank uses standard competition ranking ("1224"): equal score and time share a rank.
func Rank(entries []Entry) []Ranked {
	sorted := slices.Clone(entries)
	slices.SortFunc(sorted, func(a, b Entry) int {
		return cmp.Or(
			cmp.Compare(b.Score, a.Score),
			cmp.Compare(a.Time, b.Time),
			strings.Compare(a.Player, b.Player),
		)
	})
	out := make([]Ranked, len(sorted))
	for i, e := range sorted {
		rank := i + 1
		if i > 0 && e.Score == sorted[i-1].Score && e.Time == sorted[i-1].Time {
			rank = out[i-1].Rank
		}
		out[i] = Ranked{e, rank}
	}
	return out
}

func Best[K comparable, V any](items []V, key func(V) K, better func(a, b V) bool) map[K]V {
	m := make(map[K]V)
	for _, it := range items {
		k := key(it)
		if cur, ok := m[k]; !ok || better(it, cur) {
			m[k] = it
		}
	}
	return m
}

func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprintf("%d%s", n, suffix)
}

func main() {
	submissions := []Entry{
		{"zoe", 900, 310}, {"max", 950, 400}, {"ivy", 900, 310}, {"max", 920, 300},
		{"bo", 870, 200}, {"ana", 950, 400}, {"ivy", 880, 100}, {"kai", 700, 500},
		{"lu", 870, 250}, {"bo", 990, 900}, {"ed", 870, 200},
	}
	best := Best(submissions, func(e Entry) string { return e.Player }, func(a, b Entry) bool {
		return a.Score > b.Score || (a.Score == b.Score && a.Time < b.Time)
	})
	players := make([]Entry, 0, len(best))
	for _, e := range best {
		players = append(players, e)
	}
	board := Rank(players)
	fmt.Printf("%-5s %-6s %5s %5s\n", "RANK", "PLAYER", "SCORE", "TIME")
	for i, r := range board {
		tie := ""
		if (i > 0 && board[i-1].Rank == r.Rank) || (i+1 < len(board) && board[i+1].Rank == r.Rank) {
			tie = "T"
		}
		fmt.Printf("%-5s %-6s %5d %5d\n", tie+ordinal(r.Rank), r.Player, r.Score, r.Time)
	}
	byRank := map[int][]string{}
	for _, r := range board {
		byRank[r.Rank] = append(byRank[r.Rank], r.Player)
	}
	for _, rk := range []int{1, 2, 3, 4} {
		names, ok := byRank[rk]
		fmt.Printf("rank %d: %v (present=%t)\n", rk, names, ok)
	}
	for _, n := range []int{11, 12, 21, 102, 113} {
		fmt.Print(ordinal(n), " ")
	}
	fmt.Println()
}
