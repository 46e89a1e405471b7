package main

import (
	"fmt"
	"strings"
	"sync"
)

type Board [][]bool

func Parse(rows ...string) Board {
	b := make(Board, len(rows))
	for i, r := range rows {
		b[i] = make([]bool, len(r))
		for j, c := range r {
			b[i][j] = c == '#'
		}
	}
	return b
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, c := range row {
			sb.WriteByte(map[bool]byte{true: '#', false: '.'}[c])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (b Board) alive(i, j int) bool {
	h, w := len(b), len(b[0])
	return b[(i+h)%h][(j+w)%w]
}

func (b Board) neighbours(i, j int) int {
	n := 0
	for di := -1; di <= 1; di++ {
		for dj := -1; dj <= 1; dj++ {
			if (di != 0 || dj != 0) && b.alive(i+di, j+dj) {
				n++
			}
		}
	}
	return n
}

func (b Board) Step(workers int) Board {
	next := make(Board, len(b))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(b); i += workers {
				row := make([]bool, len(b[i]))
				for j := range row {
					n := b.neighbours(i, j)
					row[j] = n == 3 || (n == 2 && b[i][j])
				}
				next[i] = row
			}
		})
	}
	wg.Wait()
	return next
}

func main() {
	board := Parse(
		"..........",
		"..#.......",
		"...#......",
		".###......",
		"..........",
		"......###.",
		"..........",
		"..........",
	)
	seq := board
	for gen := 1; gen <= 4; gen++ {
		board = board.Step(3)
		seq = seq.Step(1)
		fmt.Printf("generation %d (matches single worker: %v)\n%v", gen, board.String() == seq.String(), board)
	}
}
