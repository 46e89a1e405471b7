package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet struct {
	words []uint64
	size  int
}

func NewBitSet(n int) *BitSet {
	return &BitSet{words: make([]uint64, (n+63)/64), size: n}
}

func (b *BitSet) Set(i int)      { b.words[i/64] |= 1 << (i % 64) }
func (b *BitSet) Clear(i int)    { b.words[i/64] &^= 1 << (i % 64) }
func (b *BitSet) Has(i int) bool { return b.words[i/64]&(1<<(i%64)) != 0 }

func (b *BitSet) Count() int {
	n := 0
	for _, w := range b.words {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b *BitSet) And(o *BitSet) *BitSet {
	r := NewBitSet(b.size)
	for i := range r.words {
		r.words[i] = b.words[i] & o.words[i]
	}
	return r
}

func (b *BitSet) Members() []int {
	var out []int
	for i := range b.size {
		if b.Has(i) {
			out = append(out, i)
		}
	}
	return out
}

func (b *BitSet) String() string {
	var sb strings.Builder
	for i := range b.size {
		if b.Has(i) {
			sb.WriteByte('1')
		} else {
			sb.WriteByte('0')
		}
	}
	return sb.String()
}

// Sieve returns a bit set with bit i set when i is prime.
func Sieve(n int) *BitSet {
	b := NewBitSet(n + 1)
	for i := 2; i <= n; i++ {
		b.Set(i)
	}
	for p := 2; p*p <= n; p++ {
		if b.Has(p) {
			for m := p * p; m <= n; m += p {
				b.Clear(m)
			}
		}
	}
	return b
}

func main() {
	const limit = 1000
	primes := Sieve(limit)
	fmt.Printf("primes up to %d: %d\n", limit, primes.Count())
	fmt.Println("first 64 bits:", primes.String()[:64])
	fmt.Printf("word 0 in hex: %#016x\n", primes.words[0])
	fmt.Printf("word 0 in binary (low byte): %08b\n", primes.words[0]&0xff)

	var twins []string
	for _, p := range primes.Members() {
		if p+2 <= limit && primes.Has(p+2) && p < 200 {
			twins = append(twins, fmt.Sprintf("(%d,%d)", p, p+2))
		}
	}
	fmt.Println("twin primes below 200:", strings.Join(twins, " "))

	odd := NewBitSet(limit + 1)
	for i := 1; i <= limit; i += 4 {
		odd.Set(i)
	}
	both := primes.And(odd)
	fmt.Printf("primes of form 4k+1 up to %d: %d\n", limit, both.Count())
	fmt.Println("the first ten:", both.Members()[:10])

	// Prime counting function at powers of ten compared with n/ln n.
	sieve := Sieve(100000)
	count := 0
	next := 10
	for i := range 100001 {
		if sieve.Has(i) {
			count++
		}
		if i == next {
			fmt.Printf("pi(%6d) = %5d\n", i, count)
			next *= 10
		}
	}
	fmt.Printf("memory used for 100000 bits: %d words\n", len(sieve.words))
}
