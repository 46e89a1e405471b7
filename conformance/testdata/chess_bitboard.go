package main

import (
	"fmt"
	"math/bits"
	"strings"
)

// Bitboard has one bit per square: bit 0 is a1, bit 63 is h8.
type Bitboard uint64

const (
	FileA Bitboard = 0x0101010101010101
	FileH Bitboard = FileA << 7
	Rank1 Bitboard = 0xff
	Rank2 Bitboard = Rank1 << 8
	Rank7 Bitboard = Rank1 << 48
)

func Sq(name string) int { return int(name[1]-'1')*8 + int(name[0]-'a') }

func (b Bitboard) Has(sq int) bool     { return b&(1<<sq) != 0 }
func (b *Bitboard) Set(sq int)         { *b |= 1 << sq }
func (b *Bitboard) Clear(sq int)       { *b &^= 1 << sq }
func (b Bitboard) Count() int          { return bits.OnesCount64(uint64(b)) }
func (b Bitboard) North() Bitboard     { return b << 8 }
func (b Bitboard) NorthEast() Bitboard { return (b &^ FileH) << 9 }
func (b Bitboard) NorthWest() Bitboard { return (b &^ FileA) << 7 }

func (b Bitboard) Squares() []string {
	var out []string
	for b != 0 {
		i := bits.TrailingZeros64(uint64(b))
		out = append(out, fmt.Sprintf("%c%d", 'a'+i%8, i/8+1))
		b &= b - 1
	}
	return out
}

func (b Bitboard) String() string {
	var sb strings.Builder
	for r := 7; r >= 0; r-- {
		for f := range 8 {
			if b.Has(r*8 + f) {
				sb.WriteByte('x')
			} else {
				sb.WriteByte('.')
			}
		}
		if r > 0 {
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

func main() {
	fmt.Printf("FileA = %#016x\n", uint64(FileA))
	fmt.Printf("FileH = %#x\n", uint64(FileH))
	fmt.Printf("Rank2 = %064b\n", uint64(Rank2))

	white := Rank2
	white.Clear(Sq("e2"))
	white.Set(Sq("e4"))
	fmt.Printf("white pawns: %d on %v\n", white.Count(), white.Squares())

	black := Rank7
	black.Clear(Sq("d7"))
	black.Set(Sq("d5"))
	attacks := white.NorthEast() | white.NorthWest()
	fmt.Println("white pawn attacks:")
	fmt.Println(attacks)
	hits := attacks & black
	fmt.Printf("captures available on %v (mask %x)\n", hits.Squares(), uint64(hits))

	occupied := white | black
	pushes := white.North() &^ occupied
	fmt.Println("single pushes:", pushes.Count(), pushes.Squares())
	fmt.Printf("lowest white pawn index %d, highest %d\n",
		bits.TrailingZeros64(uint64(white)), 63-bits.LeadingZeros64(uint64(white)))
	fmt.Printf("byte-reversed (flip board): %#x\n", bits.ReverseBytes64(uint64(Rank2)))
	fmt.Printf("%T %v\n", hits, hits.Has(Sq("d5")))
}
