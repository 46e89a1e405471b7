package main

import (
	"fmt"
	"slices"
	"strings"
)

const maxCyl = 199

type algorithm struct {
	name string
	plan func(head int, reqs []int) []int // returns the visiting order, including sweeps to an edge
}

func fcfs(_ int, reqs []int) []int { return slices.Clone(reqs) }

func sstf(head int, reqs []int) []int {
	pending := slices.Clone(reqs)
	var order []int
	for len(pending) > 0 {
		best := 0
		for i, r := range pending {
			if abs(r-head) < abs(pending[best]-head) {
				best = i
			}
		}
		head = pending[best]
		order = append(order, head)
		pending = slices.Delete(pending, best, best+1)
	}
	return order
}

// split returns requests below and at-or-above head, both sorted ascending.
func split(head int, reqs []int) (lower, upper []int) {
	sorted := slices.Sorted(slices.Values(reqs))
	i, _ := slices.BinarySearch(sorted, head)
	return sorted[:i], sorted[i:]
}

func reversed(s []int) []int {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}

// scan (elevator) moves toward 0 first, touches the edge, then sweeps up.
func scan(head int, reqs []int) []int {
	lower, upper := split(head, reqs)
	return append(append(reversed(lower), 0), upper...)
}

// cscan sweeps up to the last cylinder, jumps to 0 and continues upward.
func cscan(head int, reqs []int) []int {
	lower, upper := split(head, reqs)
	return append(append(upper, maxCyl, 0), lower...)
}

func look(head int, reqs []int) []int {
	lower, upper := split(head, reqs)
	return append(upper, reversed(lower)...)
}

func clook(head int, reqs []int) []int {
	lower, upper := split(head, reqs)
	return append(upper, lower...)
}

func abs(x int) int { return max(x, -x) }

func movement(head int, order []int) int {
	total := 0
	for _, c := range order {
		total += abs(c - head)
		head = c
	}
	return total
}

// track draws the head position scaled to 50 columns.
func track(pos int) string {
	col := pos * 49 / maxCyl
	return strings.Repeat("-", col) + "o" + strings.Repeat("-", 49-col)
}

func main() {
	head := 53
	reqs := []int{98, 183, 37, 122, 14, 124, 65, 67}
	algos := []algorithm{
		{"FCFS", fcfs}, {"SSTF", sstf}, {"SCAN", scan}, {"C-SCAN", cscan}, {"LOOK", look}, {"C-LOOK", clook},
	}
	fmt.Printf("head=%d queue=%v cylinders=0..%d\n", head, reqs, maxCyl)
	best, bestMove := "", 1<<31
	for _, a := range algos {
		order := a.plan(head, reqs)
		m := movement(head, order)
		fmt.Printf("%-7s moved %4d  avg seek %6.2f  order %v\n", a.name, m, float64(m)/float64(len(reqs)), order)
		if m < bestMove {
			best, bestMove = a.name, m
		}
	}
	fmt.Printf("fewest cylinders: %s (%d)\n", best, bestMove)

	fmt.Println("SSTF head trace:")
	pos := head
	fmt.Printf("  %3d |%s|\n", pos, track(pos))
	for _, c := range sstf(head, reqs) {
		fmt.Printf("  %3d |%s| +%d\n", c, track(c), abs(c-pos))
		pos = c
	}

	// Starvation demo: SSTF keeps serving a busy region near the head.
	fmt.Println("arrivals near the head vs. a far request (SSTF):")
	pending := []int{190}
	pos = 50
	for step, arrival := range []int{52, 47, 55, 49, 51, 60} {
		pending = append(pending, arrival)
		next := sstf(pos, pending)[0]
		pending = slices.DeleteFunc(pending, func(c int) bool { return c == next })
		fmt.Printf("  step %d: serve %3d, still waiting %v\n", step+1, next, pending)
		pos = next
	}
}
