package main

import (
	"fmt"
)

type Kind int

const (
	King Kind = iota
	Queen
	Rook
	Bishop
	Knight
)

func (k Kind) String() string {
	names := [...]string{"King", "Queen", "Rook", "Bishop", "Knight"}
	if k < 0 || int(k) >= len(names) {
		return fmt.Sprintf("Kind(%d)", int(k))
	}
	return names[k]
}

type Square struct{ File, Rank int }

func Parse(s string) (Square, error) {
	if len(s) != 2 || s[0] < 'a' || s[0] > 'h' || s[1] < '1' || s[1] > '8' {
		return Square{}, fmt.Errorf("bad square %q", s)
	}
	return Square{int(s[0] - 'a'), int(s[1] - '1')}, nil
}

func (s Square) String() string { return string(rune('a'+s.File)) + string(rune('1'+s.Rank)) }

type Board map[Square]Kind

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (b Board) pathClear(from, to Square) bool {
	df, dr := sign(to.File-from.File), sign(to.Rank-from.Rank)
	for s := (Square{from.File + df, from.Rank + dr}); s != to; s = (Square{s.File + df, s.Rank + dr}) {
		if _, occupied := b[s]; occupied {
			return false
		}
	}
	return true
}

func sign(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

func (b Board) Valid(from, to Square) (bool, string) {
	k, ok := b[from]
	if !ok {
		return false, "no piece at " + from.String()
	}
	if from == to {
		return false, "null move"
	}
	df, dr := abs(to.File-from.File), abs(to.Rank-from.Rank)
	straight := df == 0 || dr == 0
	diag := df == dr
	switch k {
	case King:
		return df <= 1 && dr <= 1, "king steps one"
	case Knight:
		return df*dr == 2, "knight jumps L"
	case Rook:
		if !straight {
			return false, "rook moves straight"
		}
	case Bishop:
		if !diag {
			return false, "bishop moves diagonally"
		}
	case Queen:
		if !straight && !diag {
			return false, "queen moves straight or diagonally"
		}
	}
	if !b.pathClear(from, to) {
		return false, "path blocked"
	}
	return true, "ok"
}

func main() {
	b := Board{}
	setup := map[string]Kind{"e1": King, "d1": Queen, "a1": Rook, "c1": Bishop, "b1": Knight, "d3": Knight}
	for s, k := range setup {
		sq, _ := Parse(s)
		b[sq] = k
	}
	moves := [][2]string{
		{"e1", "e2"}, {"e1", "e3"}, {"d1", "d2"}, {"d1", "d5"}, {"d1", "h5"},
		{"a1", "a8"}, {"a1", "b2"}, {"c1", "f4"}, {"c1", "a3"}, {"b1", "c3"},
		{"b1", "b3"}, {"h8", "h7"}, {"z9", "a1"}, {"d3", "e5"},
	}
	for _, m := range moves {
		from, err1 := Parse(m[0])
		to, err2 := Parse(m[1])
		if err1 != nil || err2 != nil {
			fmt.Printf("%s-%s: parse error: %v %v\n", m[0], m[1], err1, err2)
			continue
		}
		ok, why := b.Valid(from, to)
		piece := "-"
		if k, found := b[from]; found {
			piece = k.String()
		}
		fmt.Printf("%-6s %v->%v %-5t %s\n", piece, from, to, ok, why)
	}
	fmt.Println(Kind(9))
}
