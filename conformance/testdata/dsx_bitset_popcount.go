package main

import (
	"fmt"
	"iter"
	"math/bits"
	"strings"
)

// Bitset is a growable set of non-negative integers packed into uint64 words.
type Bitset struct {
	words []uint64
}

func (b *Bitset) grow(word int) {
	for len(b.words) <= word {
		b.words = append(b.words, 0)
	}
}

func (b *Bitset) Set(i int) *Bitset {
	b.grow(i / 64)
	b.words[i/64] |= 1 << uint(i%64)
	return b
}

func (b *Bitset) Clear(i int) *Bitset {
	if i/64 < len(b.words) {
		b.words[i/64] &^= 1 << uint(i%64)
	}
	return b
}

func (b *Bitset) Test(i int) bool {
	return i/64 < len(b.words) && b.words[i/64]&(1<<uint(i%64)) != 0
}

func (b *Bitset) Count() int {
	n := 0
	for _, w := range b.words {
		n += bits.OnesCount64(w)
	}
	return n
}

// combine applies op word by word, treating missing words as zero.
func combine(a, b *Bitset, op func(x, y uint64) uint64) *Bitset {
	out := &Bitset{words: make([]uint64, max(len(a.words), len(b.words)))}
	for i := range out.words {
		var x, y uint64
		if i < len(a.words) {
			x = a.words[i]
		}
		if i < len(b.words) {
			y = b.words[i]
		}
		out.words[i] = op(x, y)
	}
	return out
}

func (b *Bitset) Union(o *Bitset) *Bitset {
	return combine(b, o, func(x, y uint64) uint64 { return x | y })
}
func (b *Bitset) Intersect(o *Bitset) *Bitset {
	return combine(b, o, func(x, y uint64) uint64 { return x & y })
}
func (b *Bitset) Difference(o *Bitset) *Bitset {
	return combine(b, o, func(x, y uint64) uint64 { return x &^ y })
}

// All yields members in increasing order by peeling off the lowest set bit.
func (b *Bitset) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		for wi, w := range b.words {
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

func (b *Bitset) String() string {
	var parts []string
	for i := range b.All() {
		parts = append(parts, fmt.Sprint(i))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func sieve(n int) *Bitset {
	composite := &Bitset{}
	primes := &Bitset{}
	for i := 2; i <= n; i++ {
		if composite.Test(i) {
			continue
		}
		primes.Set(i)
		for j := i * i; j <= n; j += i {
			composite.Set(j)
		}
	}
	return primes
}

func main() {
	a := (&Bitset{}).Set(1).Set(3).Set(5).Set(64).Set(130)
	b := (&Bitset{}).Set(3).Set(4).Set(5).Set(200)
	fmt.Println("a =", a, "count", a.Count(), "words", len(a.words))
	fmt.Println("b =", b, "count", b.Count(), "words", len(b.words))
	fmt.Println("a|b =", a.Union(b))
	fmt.Println("a&b =", a.Intersect(b))
	fmt.Println("a-b =", a.Difference(b))
	a.Clear(64).Clear(1000)
	fmt.Printf("after clear 64: %v test(64)=%v test(130)=%v\n", a, a.Test(64), a.Test(130))
	fmt.Printf("word0 of a = %#016x, leading zeros %d\n", a.words[0], bits.LeadingZeros64(a.words[0]))

	p := sieve(150)
	fmt.Println("primes <= 150:", p.Count())
	fmt.Println(p)
	twins := &Bitset{}
	for q := range p.All() {
		if p.Test(q + 2) {
			twins.Set(q)
		}
	}
	fmt.Println("twin prime starts:", twins, "count", twins.Count())
}
