package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Bitset []uint64

func NewBitset(n int) Bitset { return make(Bitset, (n+63)/64) }

func (b Bitset) Set(i int)      { b[i/64] |= 1 << (i % 64) }
func (b Bitset) Has(i int) bool { return b[i/64]>>(i%64)&1 == 1 }
func (b Bitset) Count() (c int) {
	for _, w := range b {
		c += bits.OnesCount64(w)
	}
	return
}

// OrShift sets b |= b << s.
func (b Bitset) OrShift(s int) {
	ws, bs := s/64, uint(s%64)
	for i := len(b) - 1; i >= ws; i-- {
		v := b[i-ws] << bs
		if bs != 0 && i-ws-1 >= 0 {
			v |= b[i-ws-1] >> (64 - bs)
		}
		b[i] |= v
	}
}

func (b Bitset) String() string {
	var sb strings.Builder
	sb.WriteByte('{')
	first := true
	for wi, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			if !first {
				sb.WriteByte(' ')
			}
			first = false
			fmt.Fprint(&sb, wi*64+t)
			w &= w - 1
		}
	}
	sb.WriteByte('}')
	return sb.String()
}

func subsetSums(items []int, limit int) (Bitset, error) {
	b := NewBitset(limit + 1)
	b.Set(0)
	for _, x := range items {
		if x < 0 {
			return nil, fmt.Errorf("negative item %d", x)
		}
		if x <= limit {
			b.OrShift(x)
		}
	}
	// clear bits beyond limit
	if r := (limit + 1) % 64; r != 0 {
		b[len(b)-1] &= 1<<r - 1
	}
	return b, nil
}

func main() {
	s, _ := subsetSums([]int{3, 5, 7}, 20)
	fmt.Println("sums:", s, "count", s.Count())
	big, _ := subsetSums([]int{37, 64, 91, 150, 2}, 300)
	for _, t := range []int{0, 2, 39, 65, 128, 155, 191, 242, 300, 344} {
		if t <= 300 {
			fmt.Printf("target %3d reachable=%t\n", t, big.Has(t))
		} else {
			fmt.Printf("target %3d out of range\n", t)
		}
	}
	fmt.Println("count:", big.Count())
	if _, err := subsetSums([]int{1, -2}, 10); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("uint size:", bits.UintSize, "bits.Len(300):", bits.Len(300))
}
