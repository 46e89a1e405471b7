package main

import (
	"fmt"
	"iter"
	"slices"
)

type Square struct{ File, Rank int }

func (s Square) String() string {
	return fmt.Sprintf("%c%d", 'a'+s.File, s.Rank+1)
}

func (s Square) onBoard() bool {
	return s.File >= 0 && s.File < 8 && s.Rank >= 0 && s.Rank < 8
}

var jumps = [8][2]int{{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}}

// KnightMoves yields every square a knight on s can reach.
func KnightMoves(s Square) iter.Seq[Square] {
	return func(yield func(Square) bool) {
		for _, j := range jumps {
			t := Square{s.File + j[0], s.Rank + j[1]}
			if t.onBoard() && !yield(t) {
				return
			}
		}
	}
}

// Distances runs a breadth-first search and returns knight distance to every square.
func Distances(start Square) [8][8]int {
	var d [8][8]int
	for f := range 8 {
		for r := range 8 {
			d[f][r] = -1
		}
	}
	d[start.File][start.Rank] = 0
	queue := []Square{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for next := range KnightMoves(cur) {
			if d[next.File][next.Rank] == -1 {
				d[next.File][next.Rank] = d[cur.File][cur.Rank] + 1
				queue = append(queue, next)
			}
		}
	}
	return d
}

func main() {
	for _, s := range []Square{{0, 0}, {4, 3}, {7, 6}} {
		moves := slices.Collect(KnightMoves(s))
		fmt.Printf("N%v -> %v (%d moves)\n", s, moves, len(moves))
	}

	// Stop early: only the first two targets.
	count := 0
	for t := range KnightMoves(Square{3, 3}) {
		if count == 2 {
			break
		}
		fmt.Println("first targets from d4:", t)
		count++
	}

	d := Distances(Square{0, 0})
	fmt.Println("knight distance from a1:")
	for r := 7; r >= 0; r-- {
		fmt.Printf("%d ", r+1)
		for f := range 8 {
			fmt.Print(d[f][r])
			if f < 7 {
				fmt.Print(" ")
			}
		}
		fmt.Println()
	}
	far := 0
	for f := range 8 {
		for r := range 8 {
			far = max(far, d[f][r])
		}
	}
	fmt.Println("max distance:", far, "to h8:", d[7][7])
}
