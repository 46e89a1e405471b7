package main

import (
	"cmp"
	"fmt"
	"strings"
)

func Max[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func Contains[T comparable](xs []T, target T) bool {
	for _, x := range xs {
		if x == target {
			return true
		}
	}
	return false
}

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	ks := Keys(m)
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && cmp.Less(ks[j], ks[j-1]); j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

func Convert[From, To any](xs []From, f func(From) To) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Zero[T any]() T {
	var z T
	return z
}

type Celsius float64

func main() {
	// Type arguments inferred from the arguments.
	fmt.Println(Max(3, 9, 2), Max(2.5, -1.0), Max("pear", "apple", "zoo"))
	fmt.Println(Max(Celsius(10), Celsius(36.6)))

	// Explicit instantiation.
	fmt.Println(Max[float64](1, 2.5, 2))
	maxInt := Max[int]
	fmt.Printf("%T -> %d\n", maxInt, maxInt(4, 8))

	fmt.Println(Contains([]string{"a", "b"}, "b"), Contains([]int{1, 2}, 5))

	ages := map[string]int{"carol": 41, "alice": 30, "bob": 25}
	fmt.Println(SortedKeys(ages))
	fmt.Println(SortedKeys(map[int]bool{3: true, 1: false, 2: true}))

	// Inference of both type params; To inferred from the function literal.
	lengths := Convert([]string{"go", "rust", "zig"}, func(s string) int { return len(s) })
	fmt.Println(lengths)
	upper := Convert([]string{"x", "y"}, strings.ToUpper)
	fmt.Printf("%q\n", upper)
	labels := Convert(lengths, func(n int) string { return strings.Repeat("*", n) })
	fmt.Println(labels)

	// Zero needs an explicit type argument since nothing can be inferred.
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[2]bool]())

	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(3.0, 3.0))
	fmt.Println(min(3, 1, 2), max("a", "c", "b"))
}
