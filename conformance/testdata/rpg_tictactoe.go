// Tic-tac-toe: replay scripted games and detect wins and draws.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Mark byte

const (
	Empty Mark = '.'
	X     Mark = 'X'
	O     Mark = 'O'
)

func (m Mark) String() string { return string(m) }

type Board [3][3]Mark

var ErrOccupied = errors.New("square occupied")

func NewBoard() Board {
	var b Board
	for r := range 3 {
		for c := range 3 {
			b[r][c] = Empty
		}
	}
	return b
}

func (b *Board) Play(m Mark, sq int) error {
	r, c := sq/3, sq%3
	if b[r][c] != Empty {
		return fmt.Errorf("play %v at %d: %w", m, sq, ErrOccupied)
	}
	b[r][c] = m
	return nil
}

var lines = [8][3]int{
	{0, 1, 2}, {3, 4, 5}, {6, 7, 8},
	{0, 3, 6}, {1, 4, 7}, {2, 5, 8},
	{0, 4, 8}, {2, 4, 6},
}

func (b Board) at(sq int) Mark { return b[sq/3][sq%3] }

// Winner reports the winning mark and the line index, if any.
func (b Board) Winner() (Mark, int, bool) {
	for i, l := range lines {
		m := b.at(l[0])
		if m != Empty && m == b.at(l[1]) && m == b.at(l[2]) {
			return m, i, true
		}
	}
	return Empty, -1, false
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, m := range row {
			sb.WriteByte(byte(m))
		}
		sb.WriteByte(' ')
	}
	return strings.TrimSpace(sb.String())
}

func replay(name string, moves []int) {
	b := NewBoard()
	turn, other := X, O
	fmt.Printf("== %s: moves %v\n", name, moves)
	for i, sq := range moves {
		if err := b.Play(turn, sq); err != nil {
			fmt.Printf("  move %d rejected: %v (is ErrOccupied: %t)\n", i+1, err, errors.Is(err, ErrOccupied))
			continue
		}
		fmt.Printf("  %d. %v -> %d  %v\n", i+1, turn, sq, b)
		if m, line, ok := b.Winner(); ok {
			fmt.Printf("  winner %v on line %d %v\n", m, line, lines[line])
			return
		}
		turn, other = other, turn
	}
	fmt.Println("  result: draw")
}

func main() {
	games := []struct {
		name  string
		moves []int
	}{
		{"row win", []int{0, 3, 1, 4, 2}},
		{"diagonal", []int{2, 0, 4, 1, 6}},
		{"draw", []int{0, 4, 8, 2, 6, 3, 5, 7, 1}},
		{"bad move", []int{4, 4, 0, 8, 2, 6, 1}},
	}
	for _, g := range games {
		replay(g.name, g.moves)
	}
	fmt.Printf("%#v\n", X)
}
