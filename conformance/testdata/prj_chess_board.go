package main

import (
	"errors"
	"fmt"
	"strings"
)

type Color int

const (
	White Color = iota
	Black
)

func (c Color) String() string { return [...]string{"white", "black"}[c] }

type Kind int

const (
	King Kind = iota
	Queen
	Rook
	Bishop
	Knight
	Pawn
)

func (k Kind) String() string {
	return [...]string{"king", "queen", "rook", "bishop", "knight", "pawn"}[k]
}

type Piece struct {
	Kind  Kind
	Color Color
}

func (p Piece) String() string {
	r := []rune("♔♕♖♗♘♙")[p.Kind]
	if p.Color == Black {
		r += 6
	}
	return string(r)
}

func (p Piece) Letter() byte {
	l := "KQRBNP"[p.Kind]
	if p.Color == Black {
		l += 'a' - 'A'
	}
	return l
}

type Square struct{ File, Rank int }

func (s Square) String() string { return fmt.Sprintf("%c%d", 'a'+s.File, s.Rank+1) }

func ParseSquare(s string) (Square, error) {
	if len(s) != 2 || s[0] < 'a' || s[0] > 'h' || s[1] < '1' || s[1] > '8' {
		return Square{}, fmt.Errorf("bad square %q", s)
	}
	return Square{int(s[0] - 'a'), int(s[1] - '1')}, nil
}

type Board struct {
	cells    [8][8]*Piece
	captured []Piece
}

var ErrEmpty = errors.New("no piece on square")

func NewBoard() *Board {
	b := &Board{}
	back := []Kind{Rook, Knight, Bishop, Queen, King, Bishop, Knight, Rook}
	for f, k := range back {
		b.cells[0][f] = &Piece{k, White}
		b.cells[1][f] = &Piece{Pawn, White}
		b.cells[6][f] = &Piece{Pawn, Black}
		b.cells[7][f] = &Piece{k, Black}
	}
	return b
}

func (b *Board) Move(from, to string) error {
	f, err := ParseSquare(from)
	if err != nil {
		return err
	}
	t, err := ParseSquare(to)
	if err != nil {
		return err
	}
	p := b.cells[f.Rank][f.File]
	if p == nil {
		return fmt.Errorf("move %v: %w", f, ErrEmpty)
	}
	if q := b.cells[t.Rank][t.File]; q != nil {
		if q.Color == p.Color {
			return fmt.Errorf("move %v-%v: own %v in the way", f, t, q.Kind)
		}
		b.captured = append(b.captured, *q)
	}
	b.cells[t.Rank][t.File], b.cells[f.Rank][f.File] = p, nil
	return nil
}

func (b *Board) Render(unicode bool) string {
	var sb strings.Builder
	for r := 7; r >= 0; r-- {
		fmt.Fprintf(&sb, "%d ", r+1)
		for f := 0; f < 8; f++ {
			switch p := b.cells[r][f]; {
			case p == nil && (r+f)%2 == 0:
				sb.WriteString("· ")
			case p == nil:
				sb.WriteString("  ")
			case unicode:
				sb.WriteString(p.String() + " ")
			default:
				sb.WriteString(string(p.Letter()) + " ")
			}
		}
		sb.WriteString("\n")
	}
	sb.WriteString("  a b c d e f g h\n")
	return sb.String()
}

func main() {
	b := NewBoard()
	moves := [][2]string{{"e2", "e4"}, {"e7", "e5"}, {"g1", "f3"}, {"b8", "c6"}, {"f1", "b5"}, {"a7", "a6"}, {"b5", "c6"}, {"d7", "c6"}, {"e3", "e4"}, {"d1", "d2"}, {"z9", "a1"}}
	for i, m := range moves {
		if err := b.Move(m[0], m[1]); err != nil {
			fmt.Printf("%2d. %s-%s rejected: %v (empty=%t)\n", i+1, m[0], m[1], err, errors.Is(err, ErrEmpty))
		}
	}
	fmt.Print(b.Render(true))
	fmt.Print(b.Render(false))
	for _, p := range b.captured {
		fmt.Printf("captured %v %v %v\n", p, p.Color, p.Kind)
	}
}
