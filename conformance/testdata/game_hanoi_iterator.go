package main

import (
	"fmt"
	"iter"
	"strings"
)

type Move struct {
	Disk     int
	From, To byte
}

func (m Move) String() string { return fmt.Sprintf("disk %d %c->%c", m.Disk, m.From, m.To) }

// Moves yields the optimal solution for n disks, numbered from 1.
func Moves(n int, from, to, via byte) iter.Seq2[int, Move] {
	return func(yield func(int, Move) bool) {
		step := 0
		var solve func(k int, from, to, via byte) bool
		solve = func(k int, from, to, via byte) bool {
			if k == 0 {
				return true
			}
			if !solve(k-1, from, via, to) {
				return false
			}
			step++
			if !yield(step, Move{k, from, to}) {
				return false
			}
			return solve(k-1, via, to, from)
		}
		solve(n, from, to, via)
	}
}

type Pegs map[byte][]int

func (p Pegs) Apply(m Move) error {
	src := p[m.From]
	if len(src) == 0 || src[len(src)-1] != m.Disk {
		return fmt.Errorf("disk %d is not on top of %c", m.Disk, m.From)
	}
	if dst := p[m.To]; len(dst) > 0 && dst[len(dst)-1] < m.Disk {
		return fmt.Errorf("cannot put disk %d on disk %d", m.Disk, dst[len(dst)-1])
	}
	p[m.From] = src[:len(src)-1]
	p[m.To] = append(p[m.To], m.Disk)
	return nil
}

func (p Pegs) String() string {
	var parts []string
	for _, name := range []byte("ABC") {
		parts = append(parts, fmt.Sprintf("%c:%v", name, p[name]))
	}
	return strings.Join(parts, " ")
}

func main() {
	pegs := Pegs{'A': {3, 2, 1}}
	fmt.Println("start   ", pegs)
	for i, m := range Moves(3, 'A', 'C', 'B') {
		if err := pegs.Apply(m); err != nil {
			fmt.Println("illegal:", err)
			return
		}
		fmt.Printf("%2d %-14v %v\n", i, m, pegs)
	}

	fmt.Println("\nn   moves")
	for n := 1; n <= 10; n++ {
		count := 0
		for range Moves(n, 'A', 'C', 'B') {
			count++
		}
		fmt.Printf("%-3d %5d\n", n, count)
	}

	// Stop early: find when the largest disk of a 6-disk tower moves.
	for i, m := range Moves(6, 'A', 'C', 'B') {
		if m.Disk == 6 {
			fmt.Printf("\nwith 6 disks the biggest moves at step %d (%v)\n", i, m)
			break
		}
	}

	bad := Pegs{'A': {2, 1}, 'B': {}}
	fmt.Println("bad move:", bad.Apply(Move{2, 'A', 'B'}))
}
