package main

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
)

// Buddy manages a power-of-two arena split into blocks of 2^order bytes.
type Buddy struct {
	minOrder, maxOrder int
	free               map[int][]int // order -> sorted free offsets
	live               map[int]int   // offset -> order of allocated blocks
}

func NewBuddy(minOrder, maxOrder int) *Buddy {
	return &Buddy{minOrder, maxOrder, map[int][]int{maxOrder: {0}}, map[int]int{}}
}

func (b *Buddy) orderFor(size int) int {
	return max(b.minOrder, bits.Len(uint(size-1)))
}

func (b *Buddy) Alloc(size int) (int, bool) {
	want := b.orderFor(size)
	k := want
	for k <= b.maxOrder && len(b.free[k]) == 0 {
		k++
	}
	if k > b.maxOrder {
		return 0, false
	}
	off := b.free[k][0]
	b.free[k] = b.free[k][1:]
	for k > want { // split, keeping the low half and freeing the high buddy
		k--
		b.insert(k, off+1<<k)
	}
	b.live[off] = want
	return off, true
}

func (b *Buddy) insert(order, off int) {
	i, _ := slices.BinarySearch(b.free[order], off)
	b.free[order] = slices.Insert(b.free[order], i, off)
}

func (b *Buddy) Free(off int) error {
	order, ok := b.live[off]
	if !ok {
		return fmt.Errorf("buddy: double free or invalid pointer at offset %d", off)
	}
	delete(b.live, off)
	for order < b.maxOrder {
		buddy := off ^ (1 << order)
		i, found := slices.BinarySearch(b.free[order], buddy)
		if !found {
			break
		}
		b.free[order] = slices.Delete(b.free[order], i, i+1)
		off = min(off, buddy)
		order++
	}
	b.insert(order, off)
	return nil
}

func (b *Buddy) String() string {
	var parts []string
	for o := b.minOrder; o <= b.maxOrder; o++ {
		if len(b.free[o]) > 0 {
			parts = append(parts, fmt.Sprintf("%d:%v", 1<<o, b.free[o]))
		}
	}
	return "free{" + strings.Join(parts, " ") + "}"
}

// Map draws the arena in 32-byte cells: letters for live blocks, '.' free.
func (b *Buddy) Map(names map[int]byte) string {
	cells := []byte(strings.Repeat(".", 1<<b.maxOrder/32))
	for off, order := range b.live {
		for c := off / 32; c < (off+1<<order)/32; c++ {
			cells[c] = names[off]
		}
	}
	return string(cells)
}

func main() {
	b := NewBuddy(5, 10) // 1 KiB arena, 32-byte minimum blocks
	names := map[int]byte{}
	offsets := map[byte]int{}
	for _, req := range []struct {
		name byte
		size int
	}{{'A', 70}, {'B', 35}, {'C', 80}, {'D', 60}, {'E', 300}, {'F', 500}} {
		off, ok := b.Alloc(req.size)
		if !ok {
			fmt.Printf("alloc %c (%d bytes): out of memory\n", req.name, req.size)
			continue
		}
		names[off], offsets[req.name] = req.name, off
		fmt.Printf("alloc %c %3d bytes -> block %3d at %4d  %s\n", req.name, req.size, 1<<b.orderFor(req.size), off, b.Map(names))
	}
	fmt.Println(b)
	for _, name := range []byte("BDACE") {
		if err := b.Free(offsets[name]); err != nil {
			fmt.Println(err)
		}
		fmt.Printf("free  %c -> %s  %s\n", name, b.Map(names), b)
	}
	off, ok := b.Alloc(1000)
	fmt.Println("whole arena reusable:", ok, "offset", off, b)
	fmt.Println("first free:", b.Free(off), b)
	if err := b.Free(off); err != nil { // bug: second free of the same block
		panic(err)
	}
	fmt.Println("unreachable")
}
