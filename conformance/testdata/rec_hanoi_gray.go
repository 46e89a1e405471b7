package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type move struct {
	disk     int
	from, to byte
}

// hanoi moves n disks from one peg to another using a spare peg.
func hanoi(n int, from, to, via byte, emit func(move)) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, emit)
	emit(move{n, from, to})
	hanoi(n-1, via, to, from, emit)
}

// frameStewart gives the minimal move count with four pegs, trying every
// split point k: park k disks using four pegs, move the rest with three.
func frameStewart(n int, memo map[int]int) int {
	if n <= 1 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	best := -1
	for k := 1; k < n; k++ {
		c := 2*frameStewart(k, memo) + (1<<(n-k) - 1)
		if best < 0 || c < best {
			best = c
		}
	}
	memo[n] = best
	return best
}

// gray builds the reflected binary Gray code of width n.
func gray(n int) []uint {
	if n == 0 {
		return []uint{0}
	}
	prev := gray(n - 1)
	out := make([]uint, 0, 2*len(prev))
	out = append(out, prev...)
	for i := len(prev) - 1; i >= 0; i-- {
		out = append(out, prev[i]|1<<(n-1))
	}
	return out
}

func main() {
	pegs := map[byte][]int{'A': {3, 2, 1}, 'B': nil, 'C': nil}
	hanoi(3, 'A', 'C', 'B', func(m move) {
		src := pegs[m.from]
		top := src[len(src)-1]
		if top != m.disk {
			panic("illegal move")
		}
		pegs[m.from] = src[:len(src)-1]
		pegs[m.to] = append(pegs[m.to], top)
		fmt.Printf("disk %d: %c -> %c   A%v B%v C%v\n", m.disk, m.from, m.to, pegs['A'], pegs['B'], pegs['C'])
	})

	fs := map[int]int{}
	for _, n := range []int{1, 4, 8, 12, 20} {
		count := 0
		hanoi(n, 'A', 'C', 'B', func(move) { count++ })
		fmt.Printf("n=%-2d three pegs: %7d moves, four pegs: %5d moves\n", n, count, frameStewart(n, fs))
	}

	codes := gray(4)
	var parts []string
	ok := true
	for i, c := range codes {
		parts = append(parts, fmt.Sprintf("%04b", c))
		if i > 0 && bits.OnesCount(c^codes[i-1]) != 1 {
			ok = false
		}
	}
	fmt.Println("gray(4):", strings.Join(parts[:8], " "))
	fmt.Println("        ", strings.Join(parts[8:], " "))
	fmt.Println("one bit changes between neighbours:", ok, "cyclic:", bits.OnesCount(codes[0]^codes[len(codes)-1]) == 1)

	// The disk moved at step i of Hanoi equals the bit that flips in the Gray code.
	var disks, flips []int
	hanoi(4, 'A', 'C', 'B', func(m move) { disks = append(disks, m.disk) })
	for i := 1; i < len(codes); i++ {
		flips = append(flips, bits.TrailingZeros(codes[i]^codes[i-1])+1)
	}
	fmt.Println("hanoi disks:", disks)
	fmt.Println("gray flips: ", flips)
}
