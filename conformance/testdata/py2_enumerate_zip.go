package main

import (
	"fmt"
	"strings"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

// zip stops at the shortest input like Python's zip
func zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], 0, n)
	for i := range n {
		out = append(out, Pair[A, B]{as[i], bs[i]})
	}
	return out
}

type indexed[T any] struct {
	Index int
	Value T
}

func enumerate[T any](xs []T, start int) []indexed[T] {
	out := []indexed[T]{}
	for i, x := range xs {
		out = append(out, indexed[T]{i + start, x})
	}
	return out
}

func main() {
	names := []string{"alice", "bob", "carol", "dave"}
	ages := []int{30, 25, 35}

	// for i, name in enumerate(names, 1)
	for _, e := range enumerate(names, 1) {
		fmt.Printf("%d: %s\n", e.Index, e.Value)
	}
	// for name, age in zip(names, ages)
	for _, p := range zip(names, ages) {
		fmt.Printf("%s is %d\n", p.First, p.Second)
	}
	fmt.Printf("%v\n", zip(ages, names))
	fmt.Printf("%+v\n", zip([]bool{true, false}, []float64{1.5, 2.25, 3}))

	// dict(zip(keys, values))
	d := map[string]int{}
	for _, p := range zip(names, ages) {
		d[p.First] = p.Second
	}
	fmt.Println(d)

	// unzip: a, b = zip(*pairs)
	pairs := zip([]string{"x", "y", "z"}, []int{1, 2, 3})
	var ks []string
	var vs []int
	for _, p := range pairs {
		ks = append(ks, p.First)
		vs = append(vs, p.Second)
	}
	fmt.Println(ks, vs)

	// enumerate over a string gives byte offsets, not character index
	for i, r := range "añb" {
		fmt.Printf("offset %d rune %q\n", i, r)
	}
	// pairwise: zip(s, s[1:])
	nums := []int{1, 4, 9, 16, 25}
	diffs := []string{}
	for _, p := range zip(nums, nums[1:]) {
		diffs = append(diffs, fmt.Sprint(p.Second-p.First))
	}
	fmt.Println("diffs:", strings.Join(diffs, " "))
	fmt.Println(len(zip([]int{}, nums)))
}
