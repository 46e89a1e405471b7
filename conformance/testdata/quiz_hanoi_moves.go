package main

import (
	"fmt"
	"strings"
)

type Move struct {
	Disk     int
	From, To byte
}

func (m Move) String() string {
	return fmt.Sprintf("disk %d: %c -> %c", m.Disk, m.From, m.To)
}

func hanoi(n int, from, to, via byte, emit func(Move)) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, emit)
	emit(Move{n, from, to})
	hanoi(n-1, via, to, from, emit)
}

type Towers struct {
	pegs map[byte][]int
}

func NewTowers(n int) *Towers {
	t := &Towers{pegs: map[byte][]int{'A': nil, 'B': nil, 'C': nil}}
	for d := n; d >= 1; d-- {
		t.pegs['A'] = append(t.pegs['A'], d)
	}
	return t
}

func (t *Towers) Apply(m Move) {
	src := t.pegs[m.From]
	top := src[len(src)-1]
	if top != m.Disk {
		panic(fmt.Sprintf("expected disk %d on %c, found %d", m.Disk, m.From, top))
	}
	dst := t.pegs[m.To]
	if len(dst) > 0 && dst[len(dst)-1] < top {
		panic(fmt.Sprintf("cannot put %d on %d", top, dst[len(dst)-1]))
	}
	t.pegs[m.From] = src[:len(src)-1]
	t.pegs[m.To] = append(dst, top)
}

func (t *Towers) String() string {
	var parts []string
	for _, p := range []byte("ABC") {
		parts = append(parts, fmt.Sprintf("%c%v", p, t.pegs[p]))
	}
	return strings.Join(parts, " ")
}

func main() {
	const n = 3
	t := NewTowers(n)
	fmt.Println("start:", t)
	step := 0
	hanoi(n, 'A', 'C', 'B', func(m Move) {
		step++
		t.Apply(m)
		fmt.Printf("%2d. %-16v | %v\n", step, m, t)
	})

	fmt.Println("move counts (should be 2^n - 1):")
	for k := 1; k <= 10; k++ {
		count := 0
		hanoi(k, 'A', 'C', 'B', func(Move) { count++ })
		fmt.Printf("  n=%2d moves=%4d formula=%4d\n", k, count, 1<<k-1)
	}

	// a bad move sequence should be caught
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		bad := NewTowers(2)
		bad.Apply(Move{1, 'A', 'B'})
		bad.Apply(Move{2, 'A', 'B'})
	}()
}
