package main

import (
	"fmt"
	"math/bits"
	"strings"
)

// Bitboard represents a set of squares on an 8x8 chess board; bit 0 is a1.
type Bitboard uint64

const (
	fileA Bitboard = 0x0101010101010101
	fileB          = fileA << 1
	fileG          = fileA << 6
	fileH          = fileA << 7
)

func Square(name string) int {
	return int(name[1]-'1')*8 + int(name[0]-'a')
}

func SquareName(sq int) string {
	return string([]byte{byte('a' + sq%8), byte('1' + sq/8)})
}

func (b Bitboard) Has(sq int) bool { return b&(1<<sq) != 0 }
func (b Bitboard) Count() int      { return bits.OnesCount64(uint64(b)) }

// Squares lists the set bits from lowest to highest.
func (b Bitboard) Squares() []string {
	var out []string
	for b != 0 {
		sq := bits.TrailingZeros64(uint64(b))
		out = append(out, SquareName(sq))
		b &= b - 1
	}
	return out
}

func (b Bitboard) String() string {
	var sb strings.Builder
	for rank := 7; rank >= 0; rank-- {
		fmt.Fprintf(&sb, "%d ", rank+1)
		for file := 0; file < 8; file++ {
			if b.Has(rank*8 + file) {
				sb.WriteByte('x')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	sb.WriteString("  abcdefgh\n")
	return sb.String()
}

func KnightAttacks(sq int) Bitboard {
	b := Bitboard(1) << sq
	notA, notAB := ^fileA, ^(fileA | fileB)
	notH, notGH := ^fileH, ^(fileG | fileH)
	return (b<<17)&notA | (b<<15)&notH | (b<<10)&notAB | (b<<6)&notGH |
		(b>>17)&notH | (b>>15)&notA | (b>>10)&notGH | (b>>6)&notAB
}

func KingAttacks(sq int) Bitboard {
	b := Bitboard(1) << sq
	sides := (b<<1)&^fileA | (b>>1)&^fileH
	row := b | sides
	return sides | row<<8 | row>>8
}

// KnightDistance computes minimum knight moves with a bitboard flood fill.
func KnightDistance(from, to int) int {
	reached := Bitboard(1) << from
	for step := 0; step < 64; step++ {
		if reached.Has(to) {
			return step
		}
		next := reached
		for b := reached; b != 0; b &= b - 1 {
			next |= KnightAttacks(bits.TrailingZeros64(uint64(b)))
		}
		reached = next
	}
	return -1
}

func main() {
	for _, sq := range []string{"d4", "a1", "h8"} {
		k := KnightAttacks(Square(sq))
		fmt.Printf("knight on %s attacks %d squares: %v\n", sq, k.Count(), k.Squares())
	}
	fmt.Print(KnightAttacks(Square("e5")) | KingAttacks(Square("b2")))

	total := 0
	for sq := 0; sq < 64; sq++ {
		total += KnightAttacks(sq).Count()
	}
	fmt.Printf("total knight moves on empty board: %d (%d unordered pairs)\n", total, total/2)

	kings := KingAttacks(Square("a8"))
	fmt.Printf("king on a8: %v\n", kings.Squares())

	for _, pair := range [][2]string{{"a1", "b3"}, {"a1", "h8"}, {"a1", "b2"}, {"d4", "e5"}, {"g7", "h8"}} {
		fmt.Printf("knight %s -> %s: %d moves\n", pair[0], pair[1], KnightDistance(Square(pair[0]), Square(pair[1])))
	}
}
