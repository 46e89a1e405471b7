package main

import (
	"fmt"
	"iter"
	"slices"
)

func pairs(n int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := range n {
			if !yield(i*i, fmt.Sprintf("item%d", i)) {
				fmt.Println("  (producer stopped early)")
				return
			}
		}
		fmt.Println("  (producer finished)")
	}
}

func zip[K1, V1, K2, V2 any](a iter.Seq2[K1, V1], b iter.Seq2[K2, V2]) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		nextA, stopA := iter.Pull2(a)
		defer stopA()
		nextB, stopB := iter.Pull2(b)
		defer stopB()
		for {
			ka, va, okA := nextA()
			kb, vb, okB := nextB()
			if !okA || !okB {
				return
			}
			if !yield(fmt.Sprint(ka, ":", va), fmt.Sprint(kb, ":", vb)) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull2(pairs(3))
	for {
		k, v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", k, v)
	}
	k, v, ok := next()
	fmt.Printf("after end: %d %q %v\n", k, v, ok)
	stop()

	next2, stop2 := iter.Pull2(pairs(10))
	k, v, _ = next2()
	fmt.Println("first only:", k, v)
	stop2()
	stop2()
	_, _, ok = next2()
	fmt.Println("after stop ok:", ok)

	for a, b := range zip(pairs(4), slices.All([]string{"x", "y"})) {
		fmt.Println("zip", a, b)
	}

	nextS, stopS := iter.Pull(slices.Values([]string{"p", "q"}))
	defer stopS()
	s1, ok1 := nextS()
	s2, ok2 := nextS()
	s3, ok3 := nextS()
	fmt.Printf("%q %v %q %v %q %v\n", s1, ok1, s2, ok2, s3, ok3)
}
