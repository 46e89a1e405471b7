package main

import (
	"errors"
	"fmt"
	"math/bits"
	"strings"
)

var (
	errNoSpace    = errors.New("no contiguous free run")
	errDoubleFree = errors.New("block already free")
)

// Bitmap tracks allocation of fixed-size disk blocks; a set bit means used.
type Bitmap struct {
	words []uint64
	n     int
}

func NewBitmap(n int) *Bitmap { return &Bitmap{words: make([]uint64, (n+63)/64), n: n} }

func (b *Bitmap) test(i int) bool { return b.words[i/64]&(1<<(i%64)) != 0 }
func (b *Bitmap) flip(i int)      { b.words[i/64] ^= 1 << (i % 64) }

func (b *Bitmap) Used() int {
	total := 0
	for _, w := range b.words {
		total += bits.OnesCount64(w)
	}
	return total
}

// Alloc finds the first run of count free blocks (first fit).
func (b *Bitmap) Alloc(count int) (int, error) {
	run := 0
	for i := range b.n {
		if b.test(i) {
			run = 0
			continue
		}
		if run++; run == count {
			start := i - count + 1
			for j := start; j <= i; j++ {
				b.flip(j)
			}
			return start, nil
		}
	}
	return -1, fmt.Errorf("alloc %d blocks: %w (largest run %d)", count, errNoSpace, b.LargestFree())
}

func (b *Bitmap) Free(start, count int) error {
	for j := start; j < start+count; j++ {
		if !b.test(j) {
			return fmt.Errorf("free block %d: %w", j, errDoubleFree)
		}
	}
	for j := start; j < start+count; j++ {
		b.flip(j)
	}
	return nil
}

func (b *Bitmap) LargestFree() int {
	best, run := 0, 0
	for i := range b.n {
		if b.test(i) {
			run = 0
		} else {
			run++
			best = max(best, run)
		}
	}
	return best
}

// FirstFree uses TrailingZeros on the inverted words for a fast scan.
func (b *Bitmap) FirstFree() int {
	for wi, w := range b.words {
		if free := ^w; free != 0 {
			if i := wi*64 + bits.TrailingZeros64(free); i < b.n {
				return i
			}
		}
	}
	return -1
}

func (b *Bitmap) String() string {
	var sb strings.Builder
	for i := range b.n {
		if i > 0 && i%32 == 0 {
			sb.WriteByte('\n')
		} else if i%8 == 0 && i > 0 {
			sb.WriteByte(' ')
		}
		if b.test(i) {
			sb.WriteByte('#')
		} else {
			sb.WriteByte('.')
		}
	}
	return sb.String()
}

func main() {
	bm := NewBitmap(80)
	files := map[string][2]int{}
	order := []struct {
		name string
		size int
	}{{"kernel", 20}, {"initrd", 12}, {"log1", 6}, {"swap", 24}, {"log2", 6}, {"cfg", 3}}
	for _, f := range order {
		start, err := bm.Alloc(f.size)
		if err != nil {
			fmt.Println(err)
			continue
		}
		files[f.name] = [2]int{start, f.size}
		fmt.Printf("alloc %-6s %2d blocks at %2d\n", f.name, f.size, start)
	}
	fmt.Printf("%s\nused=%d/%d largest free=%d first free=%d\n", bm, bm.Used(), bm.n, bm.LargestFree(), bm.FirstFree())

	for _, name := range []string{"initrd", "log2"} {
		r := files[name]
		fmt.Printf("free %-6s -> %v\n", name, bm.Free(r[0], r[1]))
	}
	fmt.Println("free initrd again ->", bm.Free(files["initrd"][0], 1))
	_, err := bm.Alloc(20)
	fmt.Println(err, "| no space:", errors.Is(err, errNoSpace))
	for _, size := range []int{10, 2, 5} {
		start, err := bm.Alloc(size)
		fmt.Printf("alloc %2d -> start=%2d err=%v\n", size, start, err)
	}
	fmt.Printf("%s\nused=%d/%d largest free=%d first free=%d\n", bm, bm.Used(), bm.n, bm.LargestFree(), bm.FirstFree())
}
