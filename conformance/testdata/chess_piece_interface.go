package main

import (
	"fmt"
	"sort"
	"strings"
)

type Color int

const (
	White Color = iota
	Black
)

func (c Color) String() string {
	if c == White {
		return "White"
	}
	return "Black"
}

// Piece is implemented by every chessman.
type Piece interface {
	Symbol() rune
	Value() int
	Owner() Color
}

// base carries the fields shared by all pieces and is embedded in each one.
type base struct {
	color Color
	sq    string
}

func (b base) Owner() Color     { return b.color }
func (b base) Square() string   { return b.sq }
func (b *base) MoveTo(s string) { b.sq = s }

type King struct{ base }
type Queen struct{ base }
type Rook struct {
	base
	hasMoved bool
}
type Pawn struct{ base }

func (King) Symbol() rune  { return 'K' }
func (King) Value() int    { return 0 }
func (Queen) Symbol() rune { return 'Q' }
func (Queen) Value() int   { return 9 }
func (Rook) Symbol() rune  { return 'R' }
func (Rook) Value() int    { return 5 }
func (Pawn) Symbol() rune  { return 'P' }
func (Pawn) Value() int    { return 1 }

func describe(p Piece) string {
	switch v := p.(type) {
	case *King:
		return fmt.Sprintf("the %v king on %s", v.Owner(), v.Square())
	case *Rook:
		state := "may castle"
		if v.hasMoved {
			state = "cannot castle"
		}
		return fmt.Sprintf("a rook on %s that %s", v.Square(), state)
	case *Pawn, *Queen:
		return fmt.Sprintf("a %T worth %d", v, v.Value())
	default:
		return "unknown piece"
	}
}

func main() {
	pieces := []Piece{
		&King{base{White, "g1"}},
		&Rook{base: base{White, "f1"}, hasMoved: true},
		&Queen{base{Black, "d8"}},
		&Pawn{base{Black, "e5"}},
		&Rook{base: base{Black, "a8"}},
		&Pawn{base{White, "e4"}},
	}
	material := map[Color]int{}
	for _, p := range pieces {
		material[p.Owner()] += p.Value()
		fmt.Printf("%c %-5v %s\n", p.Symbol(), p.Owner(), describe(p))
	}
	fmt.Println("material:", material[White], "vs", material[Black])

	if r, ok := pieces[4].(*Rook); ok {
		r.MoveTo("d8")
		r.hasMoved = true
		fmt.Printf("after move: %+v\n", *r)
	}
	type mover interface{ MoveTo(string) }
	_, canMove := pieces[0].(mover)
	fmt.Println("king implements mover:", canMove)

	sort.Slice(pieces, func(i, j int) bool {
		if pieces[i].Value() != pieces[j].Value() {
			return pieces[i].Value() > pieces[j].Value()
		}
		return pieces[i].Owner() < pieces[j].Owner()
	})
	var order []string
	for _, p := range pieces {
		order = append(order, fmt.Sprintf("%c(%d)", p.Symbol(), p.Value()))
	}
	fmt.Println(strings.Join(order, " "))
}
