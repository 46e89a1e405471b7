package main

import (
	"fmt"
	"math/bits"
	"strings"
)

const puzzle = `
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79`

type Sudoku struct {
	cells              [81]int
	rows, cols, boxes  [9]uint16
	guesses, backtrack int
}

func boxOf(r, c int) int { return (r/3)*3 + c/3 }

func Load(s string) (*Sudoku, error) {
	sd := &Sudoku{}
	s = strings.Join(strings.Fields(s), "")
	if len(s) != 81 {
		return nil, fmt.Errorf("expected 81 cells, got %d", len(s))
	}
	for i, ch := range s {
		if ch == '.' {
			continue
		}
		d := int(ch - '0')
		if d < 1 || d > 9 {
			return nil, fmt.Errorf("bad character %q at index %d", ch, i)
		}
		if sd.mask(i)&(1<<d) != 0 {
			return nil, fmt.Errorf("conflict placing %d at r%dc%d", d, i/9+1, i%9+1)
		}
		sd.toggle(i, d)
	}
	return sd, nil
}

func (s *Sudoku) mask(i int) uint16 {
	r, c := i/9, i%9
	return s.rows[r] | s.cols[c] | s.boxes[boxOf(r, c)]
}

// toggle flips digit d at cell i in all three masks (XOR places or removes it).
func (s *Sudoku) toggle(i, d int) {
	r, c := i/9, i%9
	bit := uint16(1) << d
	s.rows[r] ^= bit
	s.cols[c] ^= bit
	s.boxes[boxOf(r, c)] ^= bit
	s.cells[i] ^= d
}

func (s *Sudoku) Solve() bool {
	best, bestFree := -1, uint16(0)
	for i, v := range s.cells {
		if v != 0 {
			continue
		}
		free := ^s.mask(i) & 0x3FE
		if free == 0 {
			return false
		}
		if best == -1 || bits.OnesCount16(free) < bits.OnesCount16(bestFree) {
			best, bestFree = i, free
		}
	}
	if best == -1 {
		return true
	}
	for d := 1; d <= 9; d++ {
		if bestFree&(1<<d) == 0 {
			continue
		}
		s.guesses++
		s.toggle(best, d)
		if s.Solve() {
			return true
		}
		s.toggle(best, d)
		s.backtrack++
	}
	return false
}

func (s *Sudoku) String() string {
	var sb strings.Builder
	for r := range 9 {
		if r > 0 && r%3 == 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c := range 9 {
			if c > 0 && c%3 == 0 {
				sb.WriteString(" |")
			}
			if c > 0 {
				sb.WriteByte(' ')
			}
			if v := s.cells[r*9+c]; v == 0 {
				sb.WriteByte('.')
			} else {
				sb.WriteByte(byte('0' + v))
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	sd, err := Load(puzzle)
	if err != nil {
		fmt.Println("load error:", err)
		return
	}
	fmt.Printf("puzzle has %d empty cells\n", strings.Count(puzzle, "."))
	fmt.Print(sd)
	if !sd.Solve() {
		fmt.Println("no solution")
		return
	}
	fmt.Printf("\nsolved with %d guesses and %d backtracks\n", sd.guesses, sd.backtrack)
	fmt.Print(sd)
	ok := true
	for i := range 9 {
		ok = ok && sd.rows[i] == 0x3FE && sd.cols[i] == 0x3FE && sd.boxes[i] == 0x3FE
	}
	fmt.Println("valid:", ok)

	if _, err := Load(strings.Replace(puzzle, "53", "55", 1)); err != nil {
		fmt.Println("broken puzzle:", err)
	}
	if _, err := Load("123"); err != nil {
		fmt.Println("short puzzle:", err)
	}
}
