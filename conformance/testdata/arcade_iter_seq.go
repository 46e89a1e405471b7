package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Machine struct {
	Name  string
	Plays int
	Floor int
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	machines := []Machine{
		{"Dragon Quest", 120, 1},
		{"Whack-a-Mole", 340, 1},
		{"Space Duel", 45, 2},
		{"Drum Master", 210, 2},
		{"Bowl-o-Rama", 80, 1},
	}

	busy := Filter(slices.Values(machines), func(m Machine) bool { return m.Plays >= 100 })
	names := slices.Collect(Map(busy, func(m Machine) string { return strings.ToUpper(m.Name) }))
	fmt.Println("busy machines:", names)

	byFloor := map[int][]string{}
	for _, m := range machines {
		byFloor[m.Floor] = append(byFloor[m.Floor], m.Name)
	}
	for _, f := range slices.Sorted(maps.Keys(byFloor)) {
		fmt.Printf("floor %d: %s\n", f, strings.Join(byFloor[f], ", "))
	}

	for i, m := range slices.Backward(machines) {
		if m.Plays < 100 {
			fmt.Printf("quiet #%d: %s\n", i, m.Name)
		}
	}

	fmt.Print("insert coin in:")
	for n := range countdown(5) {
		fmt.Print(" ", n)
		if n == 2 {
			break
		}
	}
	fmt.Println()

	next, stop := iter.Pull(slices.Values([]string{"P1", "P2", "P3"}))
	defer stop()
	for {
		p, ok := next()
		if !ok {
			break
		}
		fmt.Println("player ready:", p)
	}

	var quoted []string
	for word := range strings.SplitSeq("HI-SCORE:TOP:TEN", ":") {
		quoted = append(quoted, fmt.Sprintf("%q", word))
	}
	fmt.Println(strings.Join(quoted, " "))
}
