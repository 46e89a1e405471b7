package main

import (
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"math/bits"
)

type Bloom struct {
	bits []uint64
	m    uint64
	k    int
}

func NewBloom(m uint64, k int) (*Bloom, error) {
	if m == 0 || k <= 0 {
		return nil, errors.New("bloom: m and k must be positive")
	}
	return &Bloom{bits: make([]uint64, (m+63)/64), m: m, k: k}, nil
}

// positions uses double hashing with FNV-1a (64) and FNV-1 (32).
func (b *Bloom) positions(s string) []uint64 {
	h1 := fnv.New64a()
	h1.Write([]byte(s))
	h2 := fnv.New32()
	h2.Write([]byte(s))
	a, c := h1.Sum64(), uint64(h2.Sum32())|1
	ps := make([]uint64, b.k)
	for i := range b.k {
		ps[i] = (a + uint64(i)*c) % b.m
	}
	return ps
}

func (b *Bloom) Add(s string) {
	for _, p := range b.positions(s) {
		b.bits[p/64] |= 1 << (p % 64)
	}
}

func (b *Bloom) MayContain(s string) bool {
	for _, p := range b.positions(s) {
		if b.bits[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	return true
}

func (b *Bloom) FillRatio() float64 {
	n := 0
	for _, w := range b.bits {
		n += bits.OnesCount64(w)
	}
	return float64(n) / float64(b.m)
}

func (b *Bloom) String() string {
	return fmt.Sprintf("Bloom(m=%d,k=%d,fill=%.3f)", b.m, b.k, b.FillRatio())
}

func main() {
	if _, err := NewBloom(0, 3); err != nil {
		fmt.Println("error:", err)
	}
	bf, _ := NewBloom(512, 4)
	added := []string{"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
	for _, w := range added {
		bf.Add(w)
	}
	fmt.Println(bf)
	for _, w := range added {
		if !bf.MayContain(w) {
			fmt.Println("false negative!", w)
		}
	}
	fmt.Println("all added found")
	fp := 0
	for i := range 1000 {
		if bf.MayContain(fmt.Sprintf("word-%d", i)) {
			fp++
		}
	}
	n := float64(len(added))
	expected := math.Pow(1-math.Exp(-4*n/512), 4)
	fmt.Printf("false positives: %d/1000, theoretical rate %.5f\n", fp, expected)
	fmt.Println("kiwi:", bf.MayContain("kiwi"), "apple:", bf.MayContain("apple"))
	h := fnv.New64a()
	h.Write([]byte("apple"))
	fmt.Printf("fnv64a(apple)=%016x\n", h.Sum64())
}
