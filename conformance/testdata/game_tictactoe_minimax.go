package main

import (
	"fmt"
	"strings"
)

type Cell byte

const (
	Empty Cell = '.'
	X     Cell = 'X'
	O     Cell = 'O'
)

type Board [3][3]Cell

func NewBoard() Board {
	var b Board
	for i := range 9 {
		b[i/3][i%3] = Empty
	}
	return b
}

func (b Board) String() string {
	var sb strings.Builder
	for r, row := range b {
		for c, cell := range row {
			if c > 0 {
				sb.WriteString(" |")
			}
			fmt.Fprintf(&sb, " %c", cell)
		}
		sb.WriteString("\n")
		if r < 2 {
			sb.WriteString("---+---+---\n")
		}
	}
	return sb.String()
}

// lines lists the winning triples as cell numbers 0..8, read row by row.
var lines = [8][3]int{
	{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, // rows
	{0, 3, 6}, {1, 4, 7}, {2, 5, 8}, // columns
	{0, 4, 8}, {2, 4, 6}, // diagonals
}

func (b *Board) at(i int) Cell { return b[i/3][i%3] }

func (b *Board) Winner() Cell {
	for _, ln := range lines {
		a := b.at(ln[0])
		if a != Empty && a == b.at(ln[1]) && a == b.at(ln[2]) {
			return a
		}
	}
	return Empty
}

func (b *Board) Full() bool {
	for i := range 9 {
		if b.at(i) == Empty {
			return false
		}
	}
	return true
}

func other(p Cell) Cell {
	if p == X {
		return O
	}
	return X
}

// minimax scores a position from X's point of view.
func minimax(b *Board, turn Cell, depth int, nodes *int) int {
	*nodes++
	switch b.Winner() {
	case X:
		return 10 - depth
	case O:
		return depth - 10
	}
	if b.Full() {
		return 0
	}
	best := -100
	if turn == O {
		best = 100
	}
	for i := range 9 {
		r, c := i/3, i%3
		if b[r][c] != Empty {
			continue
		}
		b[r][c] = turn
		s := minimax(b, other(turn), depth+1, nodes)
		b[r][c] = Empty
		if turn == X {
			best = max(best, s)
		} else {
			best = min(best, s)
		}
	}
	return best
}

func bestMove(b *Board, turn Cell) (row, col, score, nodes int) {
	row, col = -1, -1
	for r := range 3 {
		for c := range 3 {
			if b[r][c] != Empty {
				continue
			}
			b[r][c] = turn
			s := minimax(b, other(turn), 1, &nodes)
			b[r][c] = Empty
			if row < 0 || (turn == X && s > score) || (turn == O && s < score) {
				row, col, score = r, c, s
			}
		}
	}
	return
}

func main() {
	b := NewBoard()
	b[0][0] = X // a fixed opening so the game is a bit more interesting
	fmt.Print("Opening:\n", b, "\n")
	turn := O
	for move := 2; ; move++ {
		r, c, score, nodes := bestMove(&b, turn)
		b[r][c] = turn
		fmt.Printf("move %d: %c -> (%d,%d) score=%+3d searched=%6d\n", move, turn, r, c, score, nodes)
		if w := b.Winner(); w != Empty {
			fmt.Printf("%c wins!\n", w)
			break
		}
		if b.Full() {
			fmt.Println("It's a draw.")
			break
		}
		turn = other(turn)
	}
	fmt.Print(b)
}
