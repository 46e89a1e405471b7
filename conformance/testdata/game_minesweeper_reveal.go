package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
)

const (
	Size  = 9
	Mines = 10
)

type Cell struct {
	Mine     bool
	Adjacent int
	Open     bool
	Flagged  bool
}

type Field [Size][Size]Cell

var ErrBoom = errors.New("stepped on a mine")

func NewField(rng *rand.Rand) *Field {
	f := new(Field)
	for _, idx := range rng.Perm(Size * Size)[:Mines] {
		f[idx/Size][idx%Size].Mine = true
	}
	for r := range Size {
		for c := range Size {
			f.neighbors(r, c, func(nr, nc int) {
				if f[nr][nc].Mine {
					f[r][c].Adjacent++
				}
			})
		}
	}
	return f
}

func (f *Field) neighbors(r, c int, visit func(int, int)) {
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			nr, nc := r+dr, c+dc
			if (dr != 0 || dc != 0) && nr >= 0 && nr < Size && nc >= 0 && nc < Size {
				visit(nr, nc)
			}
		}
	}
}

// Open reveals a cell, flood-filling through empty areas. It returns how many cells opened.
func (f *Field) Open(r, c int) (int, error) {
	cell := &f[r][c]
	if cell.Open || cell.Flagged {
		return 0, nil
	}
	if cell.Mine {
		cell.Open = true
		return 0, fmt.Errorf("open (%d,%d): %w", r, c, ErrBoom)
	}
	cell.Open = true
	opened := 1
	if cell.Adjacent == 0 {
		f.neighbors(r, c, func(nr, nc int) {
			n, _ := f.Open(nr, nc)
			opened += n
		})
	}
	return opened, nil
}

func (f *Field) Print(showAll bool) {
	fmt.Println("   012345678")
	for r, row := range f {
		line := make([]rune, 0, Size)
		for _, cell := range row {
			switch {
			case cell.Flagged && !showAll:
				line = append(line, 'F')
			case !cell.Open && !showAll:
				line = append(line, '#')
			case cell.Mine:
				line = append(line, '*')
			case cell.Adjacent == 0:
				line = append(line, '.')
			default:
				line = append(line, rune('0'+cell.Adjacent))
			}
		}
		fmt.Printf("%2d %s\n", r, string(line))
	}
}

func main() {
	rng := rand.New(rand.NewPCG(7, 9))
	f := NewField(rng)

	// Start by opening the first cell with no adjacent mines, like a lucky first click.
	clicks := [][2]int{}
find:
	for r := range Size {
		for c := range Size {
			if !f[r][c].Mine && f[r][c].Adjacent == 0 {
				clicks = append(clicks, [2]int{r, c})
				break find
			}
		}
	}
	f[8][8].Flagged = true
	clicks = append(clicks, [2]int{8, 8}, [2]int{4, 4}, [2]int{0, 8}, [2]int{2, 7})

	for _, cl := range clicks {
		n, err := f.Open(cl[0], cl[1])
		if errors.Is(err, ErrBoom) {
			fmt.Println("BOOM:", err)
			break
		}
		fmt.Printf("click %v opened %d cells\n", cl, n)
	}
	f.Print(false)
	fmt.Println("Solution:")
	f.Print(true)
}
