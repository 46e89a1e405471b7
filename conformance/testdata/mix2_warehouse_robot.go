package main

import (
	"fmt"
	"strings"
)

type Dir int

const (
	North Dir = iota
	East
	South
	West
)

func (d Dir) String() string { return [...]string{"N", "E", "S", "W"}[d] }

func (d Dir) Right() Dir { return (d + 1) % 4 }
func (d Dir) Left() Dir  { return (d + 3) % 4 }

type Point struct{ X, Y int }

var delta = map[Dir]Point{North: {0, -1}, East: {1, 0}, South: {0, 1}, West: {-1, 0}}

type Robot struct {
	Pos    Point
	Facing Dir
	Carry  byte
	Bumps  int
	Moved  int
}

type Grid struct {
	cells [][]byte
}

func NewGrid(rows []string) *Grid {
	g := &Grid{}
	for _, r := range rows {
		g.cells = append(g.cells, []byte(r))
	}
	return g
}

func (g *Grid) at(p Point) byte {
	if p.Y < 0 || p.Y >= len(g.cells) || p.X < 0 || p.X >= len(g.cells[p.Y]) {
		return '#'
	}
	return g.cells[p.Y][p.X]
}

func (g *Grid) Run(r *Robot, program string) {
	for _, c := range program {
		switch c {
		case 'L':
			r.Facing = r.Facing.Left()
		case 'R':
			r.Facing = r.Facing.Right()
		case 'F':
			d := delta[r.Facing]
			next := Point{r.Pos.X + d.X, r.Pos.Y + d.Y}
			if g.at(next) == '#' {
				r.Bumps++
				continue
			}
			r.Pos = next
			r.Moved++
		case 'P':
			if c := g.at(r.Pos); c >= 'a' && c <= 'z' && r.Carry == 0 {
				r.Carry = c
				g.cells[r.Pos.Y][r.Pos.X] = '.'
			}
		case 'D':
			if r.Carry != 0 && g.at(r.Pos) == '.' {
				g.cells[r.Pos.Y][r.Pos.X] = r.Carry - 'a' + 'A'
				r.Carry = 0
			}
		}
	}
}

func (g *Grid) Render(r *Robot) string {
	var sb strings.Builder
	for y, row := range g.cells {
		for x, c := range row {
			if r.Pos == (Point{x, y}) {
				sb.WriteString(r.Facing.String())
			} else {
				sb.WriteByte(c)
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	g := NewGrid([]string{
		"#########",
		"#a..#..b#",
		"#.#.#.#.#",
		"#.......#",
		"#########",
	})
	r := &Robot{Pos: Point{1, 3}, Facing: North}
	steps := []string{"FFP", "RRFFLFFFFD", "LFFFRFFFP", "RRFFLFD", "FFFFFF"}
	for i, s := range steps {
		g.Run(r, s)
		carry := "-"
		if r.Carry != 0 {
			carry = string(r.Carry)
		}
		fmt.Printf("step %d %-10q pos=%+v facing=%v carry=%s bumps=%d moved=%d\n",
			i+1, s, r.Pos, r.Facing, carry, r.Bumps, r.Moved)
	}
	fmt.Print(g.Render(r))
}
