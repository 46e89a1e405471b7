package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Sudoku struct {
	cells             [81]int
	rows, cols, boxes [9]uint16
	guesses           int
}

func box(r, c int) int { return (r/3)*3 + c/3 }

func Parse(s string) (*Sudoku, error) {
	s = strings.Join(strings.Fields(s), "")
	if len(s) != 81 {
		return nil, fmt.Errorf("expected 81 cells, got %d", len(s))
	}
	sd := &Sudoku{}
	for i, ch := range s {
		if ch == '.' || ch == '0' {
			continue
		}
		v := int(ch - '0')
		if !sd.canPlace(i/9, i%9, v) {
			return nil, fmt.Errorf("conflict at cell %d", i)
		}
		sd.place(i/9, i%9, v)
	}
	return sd, nil
}

func (s *Sudoku) canPlace(r, c, v int) bool {
	bit := uint16(1) << v
	return (s.rows[r]|s.cols[c]|s.boxes[box(r, c)])&bit == 0
}

func (s *Sudoku) place(r, c, v int) {
	bit := uint16(1) << v
	s.cells[r*9+c] = v
	s.rows[r] |= bit
	s.cols[c] |= bit
	s.boxes[box(r, c)] |= bit
}

func (s *Sudoku) clear(r, c, v int) {
	bit := ^(uint16(1) << v)
	s.cells[r*9+c] = 0
	s.rows[r] &= bit
	s.cols[c] &= bit
	s.boxes[box(r, c)] &= bit
}

// Solve uses backtracking, always branching on the most constrained cell.
func (s *Sudoku) Solve() bool {
	best, bestCount := -1, 10
	var bestFree uint16
	for i, v := range s.cells {
		if v != 0 {
			continue
		}
		r, c := i/9, i%9
		free := ^(s.rows[r] | s.cols[c] | s.boxes[box(r, c)]) & 0x3FE
		if n := bits.OnesCount16(free); n < bestCount {
			best, bestCount, bestFree = i, n, free
		}
	}
	if best < 0 {
		return true
	}
	r, c := best/9, best%9
	for v := 1; v <= 9; v++ {
		if bestFree&(1<<v) == 0 {
			continue
		}
		s.guesses++
		s.place(r, c, v)
		if s.Solve() {
			return true
		}
		s.clear(r, c, v)
	}
	return false
}

func (s *Sudoku) String() string {
	var sb strings.Builder
	for r := 0; r < 9; r++ {
		if r > 0 && r%3 == 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c := 0; c < 9; c++ {
			if c > 0 && c%3 == 0 {
				sb.WriteString(" |")
			}
			if c > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%d", s.cells[r*9+c])
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	puzzles := []string{
		`53..7.... 6..195... .98....6. 8...6...3 4..8.3..1 7...2...6 .6....28. ...419..5 ....8..79`,
		`..9748... 7........ .2.1.9... ..7...24. .64.1.59. .98...3.. ...8.3.2. ........6 ...2759..`,
		`55....... ......... ......... ......... ......... ......... ......... ......... .........`,
	}
	for i, p := range puzzles {
		s, err := Parse(p)
		if err != nil {
			fmt.Printf("puzzle %d: invalid: %v\n", i+1, err)
			continue
		}
		if s.Solve() {
			fmt.Printf("puzzle %d solved with %d guesses:\n%v", i+1, s.guesses, s)
		} else {
			fmt.Printf("puzzle %d has no solution\n", i+1)
		}
	}
}
