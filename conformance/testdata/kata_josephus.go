package main

import (
	"container/ring"
	"fmt"
)

// EliminationRing simulates the circle with container/ring, returning the kill order.
func EliminationRing(n, k int) []int {
	r := ring.New(n)
	for i := 1; i <= n; i++ {
		r.Value = i
		r = r.Next()
	}
	// Step back one so that r.Next() is person 1.
	r = r.Prev()
	order := make([]int, 0, n)
	for r.Len() > 1 {
		r = r.Move(k - 1)
		removed := r.Unlink(1)
		order = append(order, removed.Value.(int))
	}
	return append(order, r.Value.(int))
}

// SurvivorSlice removes from a slice by index arithmetic.
func SurvivorSlice(n, k int) int {
	people := make([]int, n)
	for i := range people {
		people[i] = i + 1
	}
	idx := 0
	for len(people) > 1 {
		idx = (idx + k - 1) % len(people)
		people = append(people[:idx], people[idx+1:]...)
	}
	return people[0]
}

// SurvivorFormula uses the recurrence J(1)=0, J(n)=(J(n-1)+k) mod n.
func SurvivorFormula(n, k int) int {
	j := 0
	for i := 2; i <= n; i++ {
		j = (j + k) % i
	}
	return j + 1
}

// SurvivorK2 is the closed form for k=2: 2L+1 where n = 2^m + L.
func SurvivorK2(n int) int {
	p := 1
	for p*2 <= n {
		p *= 2
	}
	return 2*(n-p) + 1
}

func main() {
	for _, c := range [][2]int{{7, 3}, {10, 2}, {5, 1}, {6, 7}, {1, 4}} {
		order := EliminationRing(c[0], c[1])
		fmt.Printf("n=%-2d k=%d order=%v survivor=%d slice=%d formula=%d\n",
			c[0], c[1], order, order[len(order)-1], SurvivorSlice(c[0], c[1]), SurvivorFormula(c[0], c[1]))
	}

	fmt.Println(" n  k=2 closed  binary(n)  rotated")
	for n := 1; n <= 16; n++ {
		s := SurvivorK2(n)
		fmt.Printf("%2d  %3d %6d  %-9b  %b\n", n, SurvivorFormula(n, 2), s, n, s)
	}

	mismatch := 0
	for n := 1; n <= 60; n++ {
		for k := 1; k <= 10; k++ {
			order := EliminationRing(n, k)
			if order[n-1] != SurvivorFormula(n, k) || SurvivorSlice(n, k) != SurvivorFormula(n, k) {
				mismatch++
			}
		}
	}
	fmt.Println("cross-check mismatches for n<=60, k<=10:", mismatch)
	fmt.Println("historical case n=41 k=3: survivor", SurvivorFormula(41, 3), "and second to last", EliminationRing(41, 3)[39])
}
