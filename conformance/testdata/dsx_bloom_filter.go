package main

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/bits"
)

// BloomFilter is a fixed-size bit array with k hash functions derived from
// FNV-1a by double hashing: h_i = h1 + i*h2.
type BloomFilter struct {
	bits []uint64
	m    uint64 // number of bits
	k    int
	n    int // items added
}

func NewBloomFilter(m uint64, k int) *BloomFilter {
	return &BloomFilter{bits: make([]uint64, (m+63)/64), m: m, k: k}
}

func (b *BloomFilter) hashes(item string) (uint64, uint64) {
	h := fnv.New64a()
	h.Write([]byte(item))
	sum := h.Sum64()
	h2 := fnv.New32()
	h2.Write([]byte(item))
	return sum, uint64(h2.Sum32()) | 1
}

func (b *BloomFilter) Add(item string) {
	h1, h2 := b.hashes(item)
	for i := range b.k {
		pos := (h1 + uint64(i)*h2) % b.m
		b.bits[pos/64] |= 1 << (pos % 64)
	}
	b.n++
}

func (b *BloomFilter) MayContain(item string) bool {
	h1, h2 := b.hashes(item)
	for i := range b.k {
		pos := (h1 + uint64(i)*h2) % b.m
		if b.bits[pos/64]&(1<<(pos%64)) == 0 {
			return false
		}
	}
	return true
}

func (b *BloomFilter) SetBits() int {
	c := 0
	for _, w := range b.bits {
		c += bits.OnesCount64(w)
	}
	return c
}

// ExpectedFPRate is the textbook estimate (1 - e^(-kn/m))^k.
func (b *BloomFilter) ExpectedFPRate() float64 {
	return math.Pow(1-math.Exp(-float64(b.k*b.n)/float64(b.m)), float64(b.k))
}

func (b *BloomFilter) String() string {
	return fmt.Sprintf("bloom(m=%d k=%d n=%d set=%d fill=%.3f)",
		b.m, b.k, b.n, b.SetBits(), float64(b.SetBits())/float64(b.m))
}

func main() {
	words := []string{"apple", "banana", "cherry", "date", "elder", "fig", "grape"}
	small := NewBloomFilter(64, 3)
	for _, w := range words {
		small.Add(w)
	}
	fmt.Println(small)
	for _, w := range []string{"apple", "grape", "kiwi", "lemon", "mango"} {
		fmt.Printf("  %-6s may contain: %v\n", w, small.MayContain(w))
	}

	for _, cfg := range []struct {
		m uint64
		k int
	}{{512, 1}, {512, 3}, {512, 7}, {2048, 3}, {2048, 5}} {
		bf := NewBloomFilter(cfg.m, cfg.k)
		for i := range 100 {
			bf.Add(fmt.Sprintf("member-%d", i))
		}
		missed := 0
		for i := range 100 {
			if !bf.MayContain(fmt.Sprintf("member-%d", i)) {
				missed++
			}
		}
		fp := 0
		const trials = 1000
		for i := range trials {
			if bf.MayContain(fmt.Sprintf("outsider-%d", i)) {
				fp++
			}
		}
		fmt.Printf("%v false-neg=%d false-pos=%d/%d observed=%.3f expected=%.3f\n",
			bf, missed, fp, trials, float64(fp)/trials, bf.ExpectedFPRate())
	}
}
