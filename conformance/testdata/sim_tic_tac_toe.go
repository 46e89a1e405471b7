package main

import (
	"errors"
	"fmt"
	"strings"
)

type Mark byte

const (
	Empty Mark = ' '
	X     Mark = 'X'
	O     Mark = 'O'
)

func (m Mark) String() string { return string(m) }

type Board [3][3]Mark

var ErrOccupied = errors.New("cell occupied")

func NewBoard() Board {
	var b Board
	for r := range b {
		for c := range b[r] {
			b[r][c] = Empty
		}
	}
	return b
}

func (b *Board) Play(m Mark, r, c int) error {
	if b[r][c] != Empty {
		return fmt.Errorf("%v at (%d,%d): %w by %v", m, r, c, ErrOccupied, b[r][c])
	}
	b[r][c] = m
	return nil
}

var lines = [8][3][2]int{
	{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
	{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
	{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
}

func (b Board) Winner() (Mark, bool) {
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != Empty && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a, true
		}
	}
	return Empty, false
}

func (b Board) String() string {
	rows := make([]string, 3)
	for r, row := range b {
		rows[r] = fmt.Sprintf(" %v | %v | %v ", row[0], row[1], row[2])
	}
	return strings.Join(rows, "\n---+---+---\n")
}

func playGame(name string, moves [][2]int) {
	fmt.Println("==", name)
	b := NewBoard()
	turn := X
	for i, mv := range moves {
		if err := b.Play(turn, mv[0], mv[1]); err != nil {
			fmt.Println("illegal:", err, "| occupied?", errors.Is(err, ErrOccupied))
			continue
		}
		if w, ok := b.Winner(); ok {
			fmt.Println(b)
			fmt.Printf("%v wins on script step %d\n", w, i+1)
			return
		}
		turn = map[Mark]Mark{X: O, O: X}[turn]
	}
	fmt.Println(b)
	fmt.Println("draw")
}

func main() {
	playGame("diagonal", [][2]int{{1, 1}, {0, 1}, {0, 0}, {1, 1}, {2, 0}, {2, 2}})
	playGame("column", [][2]int{{0, 0}, {0, 2}, {1, 1}, {1, 2}, {2, 1}, {2, 2}})
	playGame("cat's game", [][2]int{{0, 0}, {1, 1}, {2, 2}, {0, 1}, {2, 1}, {2, 0}, {0, 2}, {1, 2}, {1, 0}})
}
