package main

import (
	"fmt"
	"slices"
	"strings"
)

type Student struct {
	Name  string
	Grade int // 0..100
}

// countingSortBy is a stable counting sort on a small integer key.
func countingSortBy[T any](xs []T, maxKey int, key func(T) int) []T {
	count := make([]int, maxKey+2)
	for _, x := range xs {
		count[key(x)+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	out := make([]T, len(xs))
	for _, x := range xs {
		k := key(x)
		out[count[k]] = x
		count[k]++
	}
	return out
}

// radixSort sorts non-negative ints, base 10, printing each pass.
func radixSort(xs []int, trace bool) []int {
	if len(xs) == 0 {
		return xs
	}
	largest := slices.Max(xs)
	pass := 0
	for exp := 1; largest/exp > 0; exp *= 10 {
		xs = countingSortBy(xs, 9, func(v int) int { return v / exp % 10 })
		pass++
		if trace {
			fmt.Printf("  pass %d (digit %5d): %v\n", pass, exp, xs)
		}
	}
	return xs
}

// radixSigned handles negatives by sorting magnitudes separately.
func radixSigned(xs []int) []int {
	var neg, pos []int
	for _, x := range xs {
		if x < 0 {
			neg = append(neg, -x)
		} else {
			pos = append(pos, x)
		}
	}
	neg = radixSort(neg, false)
	out := make([]int, 0, len(xs))
	for i := len(neg) - 1; i >= 0; i-- {
		out = append(out, -neg[i])
	}
	return append(out, radixSort(pos, false)...)
}

// LSD radix sort for fixed-length strings.
func sortCodes(codes []string) []string {
	width := len(codes[0])
	for pos := width - 1; pos >= 0; pos-- {
		codes = countingSortBy(codes, 255, func(s string) int { return int(s[pos]) })
	}
	return codes
}

func histogram(grades []int) string {
	var sb strings.Builder
	buckets := make([]int, 5)
	for _, g := range grades {
		buckets[min(g/20, 4)]++
	}
	for i, n := range buckets {
		hi := i*20 + 19
		if i == len(buckets)-1 {
			hi = 100
		}
		fmt.Fprintf(&sb, "  %3d-%-3d |%s\n", i*20, hi, strings.Repeat("#", n))
	}
	return sb.String()
}

func main() {
	nums := []int{170, 45, 75, 90, 802, 24, 2, 66}
	fmt.Println("radix input:", nums)
	fmt.Println("radix result:", radixSort(slices.Clone(nums), true))
	fmt.Println("signed:", radixSigned([]int{-5, 31, 0, -120, 7, -6, 1000}))

	students := []Student{
		{"Ana", 88}, {"Ben", 72}, {"Cy", 88}, {"Di", 95},
		{"Ed", 72}, {"Flo", 60}, {"Gus", 100}, {"Hal", 41},
	}
	byGrade := countingSortBy(students, 100, func(s Student) int { return s.Grade })
	fmt.Println("students by grade (stable):")
	for _, s := range byGrade {
		fmt.Printf("  %3d %s\n", s.Grade, s.Name)
	}
	grades := make([]int, len(students))
	for i, s := range students {
		grades[i] = s.Grade
	}
	fmt.Print(histogram(grades))
	fmt.Println("codes:", sortCodes([]string{"QX7", "AB3", "QA7", "AB1", "ZZ0", "AA9"}))
}
