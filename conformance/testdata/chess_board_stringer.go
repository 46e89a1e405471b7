package main

import (
	"fmt"
	"strings"
)

// Piece is a single-letter piece code; uppercase is White.
type Piece byte

const Empty Piece = '.'

func (p Piece) String() string {
	names := map[byte]string{'k': "king", 'q': "queen", 'r': "rook", 'b': "bishop", 'n': "knight", 'p': "pawn"}
	if p == Empty {
		return "empty"
	}
	lower := byte(strings.ToLower(string(p))[0])
	color := "black"
	if p >= 'A' && p <= 'Z' {
		color = "white"
	}
	return color + " " + names[lower]
}

type Board struct {
	squares [8][8]Piece
}

func NewBoard() *Board {
	b := &Board{}
	back := "rnbqkbnr"
	for f := range 8 {
		b.squares[0][f] = Piece(back[f])
		b.squares[1][f] = 'p'
		for r := 2; r < 6; r++ {
			b.squares[r][f] = Empty
		}
		b.squares[6][f] = 'P'
		b.squares[7][f] = Piece(strings.ToUpper(back)[f])
	}
	return b
}

// At takes algebraic coordinates like "e4".
func (b *Board) At(sq string) Piece {
	file := int(sq[0] - 'a')
	rank := int(sq[1] - '1')
	return b.squares[7-rank][file]
}

func (b *Board) Move(from, to string) {
	p := b.At(from)
	b.squares[7-int(to[1]-'1')][to[0]-'a'] = p
	b.squares[7-int(from[1]-'1')][from[0]-'a'] = Empty
}

func (b Board) String() string {
	var sb strings.Builder
	for r := range 8 {
		cells := make([]string, 0, 9)
		cells = append(cells, fmt.Sprint(8-r))
		for f := range 8 {
			cells = append(cells, string(b.squares[r][f]))
		}
		sb.WriteString(strings.Join(cells, " ") + "\n")
	}
	sb.WriteString("  a b c d e f g h")
	return sb.String()
}

func main() {
	b := NewBoard()
	fmt.Println(b)
	for _, sq := range []string{"e1", "d8", "g1", "c7", "e4"} {
		fmt.Printf("%s holds %v (%q)\n", sq, b.At(sq), string(b.At(sq)))
	}
	b.Move("e2", "e4")
	b.Move("e7", "e5")
	b.Move("g1", "f3")
	fmt.Println("after 1.e4 e5 2.Nf3:")
	fmt.Println(*b)
	fmt.Printf("f3 is %s, type %T\n", b.At("f3"), b.At("f3"))
}
