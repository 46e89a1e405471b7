package main

import (
	"errors"
	"fmt"
)

type Vec []int

func (v Vec) String() string { return fmt.Sprint([]int(v)) }

func (v Vec) LessEq(o Vec) bool {
	for i := range v {
		if v[i] > o[i] {
			return false
		}
	}
	return true
}

func (v Vec) Add(o Vec) {
	for i := range v {
		v[i] += o[i]
	}
}

func (v Vec) Sub(o Vec) {
	for i := range v {
		v[i] -= o[i]
	}
}

type Bank struct {
	Available Vec
	Max       []Vec
	Alloc     []Vec
}

var (
	ErrExceedsClaim = errors.New("request exceeds declared maximum")
	ErrMustWait     = errors.New("resources not available, process must wait")
	ErrUnsafe       = errors.New("granting would leave system unsafe")
)

func (b *Bank) need(i int) Vec {
	n := make(Vec, len(b.Available))
	for j := range n {
		n[j] = b.Max[i][j] - b.Alloc[i][j]
	}
	return n
}

// SafeSequence runs the safety algorithm and returns a safe order if one exists.
func (b *Bank) SafeSequence() ([]int, bool) {
	work := append(Vec(nil), b.Available...)
	finished := make([]bool, len(b.Max))
	var seq []int
	for progress := true; progress; {
		progress = false
		for i := range b.Max {
			if !finished[i] && b.need(i).LessEq(work) {
				work.Add(b.Alloc[i])
				finished[i] = true
				seq = append(seq, i)
				progress = true
			}
		}
	}
	return seq, len(seq) == len(b.Max)
}

// Request tries to grant req to process i, rolling back if the result is unsafe.
func (b *Bank) Request(i int, req Vec) error {
	if !req.LessEq(b.need(i)) {
		return fmt.Errorf("P%d %v: %w", i, req, ErrExceedsClaim)
	}
	if !req.LessEq(b.Available) {
		return fmt.Errorf("P%d %v: %w", i, req, ErrMustWait)
	}
	b.Available.Sub(req)
	b.Alloc[i].Add(req)
	if _, ok := b.SafeSequence(); !ok {
		b.Available.Add(req)
		b.Alloc[i].Sub(req)
		return fmt.Errorf("P%d %v: %w", i, req, ErrUnsafe)
	}
	return nil
}

func main() {
	b := &Bank{
		Available: Vec{3, 3, 2},
		Max:       []Vec{{7, 5, 3}, {3, 2, 2}, {9, 0, 2}, {2, 2, 2}, {4, 3, 3}},
		Alloc:     []Vec{{0, 1, 0}, {2, 0, 0}, {3, 0, 2}, {2, 1, 1}, {0, 0, 2}},
	}

	fmt.Printf("%-4s %-10s %-10s %s\n", "proc", "alloc", "max", "need")
	for i := range b.Max {
		fmt.Printf("P%-3d %-10v %-10v %v\n", i, b.Alloc[i], b.Max[i], b.need(i))
	}
	fmt.Println("available:", b.Available)

	seq, ok := b.SafeSequence()
	fmt.Printf("initial state safe=%v sequence=%v\n", ok, seq)

	requests := []struct {
		pid int
		req Vec
	}{
		{1, Vec{1, 0, 2}},
		{4, Vec{3, 3, 0}},
		{0, Vec{0, 2, 0}},
		{3, Vec{0, 1, 0}},
		{2, Vec{7, 0, 0}},
	}
	for _, r := range requests {
		err := b.Request(r.pid, r.req)
		switch {
		case err == nil:
			seq, _ := b.SafeSequence()
			fmt.Printf("granted P%d %v -> available %v, safe order %v\n", r.pid, r.req, b.Available, seq)
		case errors.Is(err, ErrUnsafe):
			fmt.Println("denied (unsafe):", err)
		default:
			fmt.Println("denied:", err)
		}
	}
}
