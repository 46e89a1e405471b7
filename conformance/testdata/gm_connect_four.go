package main

import (
	"errors"
	"fmt"
	"strings"
)

const (
	Rows  = 6
	Cols  = 7
	Empty = '.'
)

type Board struct {
	cells   [Rows][Cols]byte
	heights [Cols]int
	moves   int
}

var ErrColumnFull = errors.New("column is full")

func NewBoard() *Board {
	b := &Board{}
	for r := range b.cells {
		for c := range b.cells[r] {
			b.cells[r][c] = Empty
		}
	}
	return b
}

func (b *Board) Drop(col int, piece byte) (int, error) {
	if col < 0 || col >= Cols {
		return 0, fmt.Errorf("column %d out of range", col)
	}
	if b.heights[col] == Rows {
		return 0, fmt.Errorf("column %d: %w", col, ErrColumnFull)
	}
	row := Rows - 1 - b.heights[col]
	b.cells[row][col] = piece
	b.heights[col]++
	b.moves++
	return row, nil
}

func (b *Board) Undo(col int) {
	b.heights[col]--
	b.cells[Rows-1-b.heights[col]][col] = Empty
	b.moves--
}

func (b *Board) at(r, c int) byte {
	if r < 0 || r >= Rows || c < 0 || c >= Cols {
		return 0
	}
	return b.cells[r][c]
}

// Wins reports whether the piece just placed at (r, c) completes four in a row.
func (b *Board) Wins(r, c int) bool {
	p := b.cells[r][c]
	for _, d := range [][2]int{{0, 1}, {1, 0}, {1, 1}, {1, -1}} {
		n := 1
		for _, sign := range []int{1, -1} {
			for k := 1; b.at(r+sign*k*d[0], c+sign*k*d[1]) == p; k++ {
				n++
			}
		}
		if n >= 4 {
			return true
		}
	}
	return false
}

// Score is a window-counting heuristic from the point of view of piece p.
func (b *Board) Score(p, q byte) int {
	weights := map[int]int{2: 2, 3: 10, 4: 1000}
	score := 0
	for r := range Rows {
		for c := range Cols {
			for _, d := range [][2]int{{0, 1}, {1, 0}, {1, 1}, {1, -1}} {
				mine, theirs := 0, 0
				for k := range 4 {
					switch b.at(r+k*d[0], c+k*d[1]) {
					case p:
						mine++
					case q:
						theirs++
					case 0:
						mine, theirs = -9, -9
					}
				}
				if theirs == 0 && mine > 0 {
					score += weights[mine]
				} else if mine == 0 && theirs > 0 {
					score -= weights[theirs]
				}
			}
		}
	}
	return score
}

func (b *Board) String() string {
	var sb strings.Builder
	for r := range b.cells {
		sb.WriteString("|" + strings.Join(strings.Split(string(b.cells[r][:]), ""), " ") + "|\n")
	}
	sb.WriteString("+-------------+\n  0 1 2 3 4 5 6")
	return sb.String()
}

func main() {
	b := NewBoard()
	players := [2]byte{'X', 'O'}
	script := []int{3, 3, 4, 2, 5, 6, 2, 4, 4, 5, 5, 9, 5, 1, 6, 6, 6, 6, 6, 6, 2}
	turn := 0
	for _, col := range script {
		p := players[turn%2]
		row, err := b.Drop(col, p)
		if err != nil {
			fmt.Printf("%c cannot play: %v (full=%t)\n", p, err, errors.Is(err, ErrColumnFull))
			continue
		}
		if b.Wins(row, col) {
			fmt.Printf("move %d: %c in column %d wins!\n", b.moves, p, col)
			break
		}
		turn++
	}
	fmt.Println(b)

	fmt.Println("one-ply lookahead for O on a fresh position:")
	b = NewBoard()
	for i, col := range []int{3, 3, 2, 4, 1} {
		b.Drop(col, players[i%2])
	}
	fmt.Println(b)
	for col := range Cols {
		row, err := b.Drop(col, 'O')
		if err != nil {
			continue
		}
		fmt.Printf("  O plays %d: score %5d win=%t\n", col, b.Score('O', 'X'), b.Wins(row, col))
		b.Undo(col)
	}
}
