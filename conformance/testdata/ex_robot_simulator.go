package main

import (
	"errors"
	"fmt"
)

type Direction int

const (
	North Direction = iota
	East
	South
	West
)

func (d Direction) String() string {
	return [...]string{"north", "east", "south", "west"}[d]
}

func (d Direction) Right() Direction { return (d + 1) % 4 }
func (d Direction) Left() Direction  { return (d + 3) % 4 }

type Position struct{ X, Y int }

var ErrBadInstruction = errors.New("bad instruction")

type Robot struct {
	Position
	Facing Direction
}

func (r Robot) String() string {
	return fmt.Sprintf("(%d,%d) facing %v", r.X, r.Y, r.Facing)
}

var deltas = [...]Position{North: {0, 1}, East: {1, 0}, South: {0, -1}, West: {-1, 0}}

func (r *Robot) Advance() {
	d := deltas[r.Facing]
	r.X += d.X
	r.Y += d.Y
}

func (r *Robot) Execute(cmds string) error {
	for i, c := range cmds {
		switch c {
		case 'R':
			r.Facing = r.Facing.Right()
		case 'L':
			r.Facing = r.Facing.Left()
		case 'A':
			r.Advance()
		default:
			return fmt.Errorf("command %d (%q): %w", i, c, ErrBadInstruction)
		}
	}
	return nil
}

func main() {
	tests := []struct {
		name  string
		start Robot
		cmds  string
		want  Robot
		err   error
	}{
		{"at origin", Robot{Position{0, 0}, North}, "", Robot{Position{0, 0}, North}, nil},
		{"rotate right", Robot{Position{0, 0}, West}, "R", Robot{Position{0, 0}, North}, nil},
		{"rotate left", Robot{Position{0, 0}, North}, "L", Robot{Position{0, 0}, West}, nil},
		{"advance south", Robot{Position{0, 0}, South}, "A", Robot{Position{0, -1}, South}, nil},
		{"move east and north", Robot{Position{2, -7}, East}, "RRAAAAALA", Robot{Position{-3, -8}, South}, nil},
		{"move west and south", Robot{Position{8, 4}, South}, "LAAARRRALLLL", Robot{Position{11, 5}, North}, nil},
		{"full spin", Robot{Position{1, 1}, East}, "RRRR", Robot{Position{1, 1}, East}, nil},
		{"bad command", Robot{Position{0, 0}, North}, "AAXA", Robot{Position{0, 2}, North}, ErrBadInstruction},
	}
	for _, tc := range tests {
		r := tc.start
		err := r.Execute(tc.cmds)
		ok := r == tc.want && errors.Is(err, tc.err)
		if tc.err == nil {
			ok = ok && err == nil
		}
		status := "PASS"
		if !ok {
			status = "FAIL"
		}
		if err != nil {
			fmt.Printf("%s %-20s %v; error: %v\n", status, tc.name, r, err)
		} else {
			fmt.Printf("%s %-20s %v\n", status, tc.name, r)
		}
	}
	fmt.Printf("%v %d %s\n", West.Right(), South.Left(), North.Left().Left())
}
