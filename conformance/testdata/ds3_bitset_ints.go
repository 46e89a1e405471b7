package main

import (
	"fmt"
	"iter"
	"math/bits"
	"strconv"
	"strings"
)

type Bits []uint64

func (b *Bits) Set(i int) {
	for len(*b) <= i/64 {
		*b = append(*b, 0)
	}
	(*b)[i/64] |= 1 << (i % 64)
}

func (b Bits) Clear(i int) {
	if i/64 < len(b) {
		b[i/64] &^= 1 << (i % 64)
	}
}

func (b Bits) Test(i int) bool { return i/64 < len(b) && b[i/64]&(1<<(i%64)) != 0 }

func (b Bits) Count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

// IntSet is a set of small non-negative ints stored in a Bits.
type IntSet struct {
	bits Bits
}

func SetOf(xs ...int) *IntSet {
	s := &IntSet{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *IntSet) Add(x int) error {
	if x < 0 {
		return fmt.Errorf("negative element %d", x)
	}
	s.bits.Set(x)
	return nil
}

func (s *IntSet) Remove(x int) {
	if x >= 0 {
		s.bits.Clear(x)
	}
}

func (s *IntSet) Contains(x int) bool { return x >= 0 && s.bits.Test(x) }
func (s *IntSet) Len() int            { return s.bits.Count() }

func (s *IntSet) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		for wi, w := range s.bits {
			for w != 0 {
				tz := bits.TrailingZeros64(w)
				if !yield(wi*64 + tz) {
					return
				}
				w &= w - 1
			}
		}
	}
}

func (b Bits) word(i int) uint64 {
	if i < len(b) {
		return b[i]
	}
	return 0
}

func (s *IntSet) combine(o *IntSet, op func(a, b uint64) uint64) *IntSet {
	out := &IntSet{bits: make(Bits, max(len(s.bits), len(o.bits)))}
	for i := range out.bits {
		out.bits[i] = op(s.bits.word(i), o.bits.word(i))
	}
	return out
}

func (s *IntSet) Union(o *IntSet) *IntSet {
	return s.combine(o, func(a, b uint64) uint64 { return a | b })
}

func (s *IntSet) Intersect(o *IntSet) *IntSet {
	return s.combine(o, func(a, b uint64) uint64 { return a & b })
}

func (s *IntSet) String() string {
	var parts []string
	for x := range s.All() {
		parts = append(parts, strconv.Itoa(x))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	primes := SetOf(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 61, 67, 127, 131)
	odds := &IntSet{}
	for i := 1; i < 140; i += 2 {
		odds.Add(i)
	}
	fmt.Println("primes:", primes, "len", primes.Len())
	fmt.Println("odd count:", odds.Len(), "words:", len(odds.bits))
	fmt.Println("odd primes:", primes.Intersect(odds))
	fmt.Println("union size:", primes.Union(odds).Len())
	fmt.Println("contains 64:", primes.Contains(64), "contains 67:", primes.Contains(67), "contains -1:", primes.Contains(-1))
	if err := primes.Add(-5); err != nil {
		fmt.Println("error:", err)
	}
	primes.Remove(2)
	primes.Remove(500)
	fmt.Println("without 2:", primes, "len", primes.Len())
}
