package main

import (
	"errors"
	"fmt"
)

type Square struct{ File, Rank int }

func ParseSquare(s string) (Square, error) {
	if len(s) != 2 || s[0] < 'a' || s[0] > 'h' || s[1] < '1' || s[1] > '8' {
		return Square{}, fmt.Errorf("bad square %q", s)
	}
	return Square{int(s[0] - 'a'), int(s[1] - '1')}, nil
}

func (s Square) String() string { return string(rune('a'+s.File)) + string(rune('1'+s.Rank)) }

type Piece interface {
	Name() string
	Directions() [][2]int
}

type Rook struct{}
type Bishop struct{}

func (Rook) Name() string           { return "rook" }
func (Rook) Directions() [][2]int   { return [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} }
func (Bishop) Name() string         { return "bishop" }
func (Bishop) Directions() [][2]int { return [][2]int{{1, 1}, {1, -1}, {-1, 1}, {-1, -1}} }

var (
	ErrBlocked  = errors.New("path blocked")
	ErrBadShape = errors.New("illegal direction")
)

func sign(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

func Validate(p Piece, from, to Square, occupied map[Square]bool) error {
	df, dr := to.File-from.File, to.Rank-from.Rank
	step := [2]int{sign(df), sign(dr)}
	ok := false
	for _, d := range p.Directions() {
		if d == step && (df == 0 || dr == 0 || abs(df) == abs(dr)) {
			ok = true
		}
	}
	if !ok || (df == 0 && dr == 0) {
		return fmt.Errorf("%s %v->%v: %w", p.Name(), from, to, ErrBadShape)
	}
	for cur := (Square{from.File + step[0], from.Rank + step[1]}); cur != to; cur = (Square{cur.File + step[0], cur.Rank + step[1]}) {
		if occupied[cur] {
			return fmt.Errorf("%s %v->%v at %v: %w", p.Name(), from, to, cur, ErrBlocked)
		}
	}
	return nil
}

func abs(x int) int { return max(x, -x) }

func main() {
	occupied := map[Square]bool{}
	for _, s := range []string{"d4", "c6", "f2"} {
		sq, _ := ParseSquare(s)
		occupied[sq] = true
	}
	moves := []struct {
		p        Piece
		from, to string
	}{
		{Rook{}, "a1", "a8"}, {Rook{}, "d1", "d8"}, {Rook{}, "a1", "b2"},
		{Bishop{}, "c1", "h6"}, {Bishop{}, "a1", "h8"}, {Bishop{}, "e3", "e5"},
		{Bishop{}, "b5", "a7"}, {Rook{}, "z9", "a1"},
	}
	for _, m := range moves {
		from, err1 := ParseSquare(m.from)
		to, err2 := ParseSquare(m.to)
		if err := errors.Join(err1, err2); err != nil {
			fmt.Printf("%-6s %s-%s parse error: %v\n", m.p.Name(), m.from, m.to, err)
			continue
		}
		err := Validate(m.p, from, to, occupied)
		switch {
		case err == nil:
			fmt.Printf("%-6s %v-%v legal\n", m.p.Name(), from, to)
		case errors.Is(err, ErrBlocked):
			fmt.Printf("%-6s blocked: %v\n", m.p.Name(), err)
		default:
			fmt.Printf("%-6s illegal: %v\n", m.p.Name(), err)
		}
	}
}
