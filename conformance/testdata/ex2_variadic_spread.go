package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func info(nums ...int) string {
	return fmt.Sprintf("len=%d nil=%v", len(nums), nums == nil)
}

func zeroFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0
	}
}

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func minMax(first int, rest ...int) (lo, hi int) {
	lo, hi = first, first
	for _, n := range rest {
		lo = min(lo, n)
		hi = max(hi, n)
	}
	return
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1))
	fmt.Println(sum(1, 2, 3, 4))

	xs := []int{10, 20, 30}
	fmt.Println("spread:", sum(xs...))
	fmt.Println("spread subslice:", sum(xs[1:]...))

	fmt.Println(info())
	fmt.Println(info(1, 2))
	fmt.Println(info([]int{}...))
	fmt.Println(info(nil...))

	// spreading passes the slice itself: modifications are visible
	zeroFirst(xs...)
	fmt.Println("after zeroFirst(xs...):", xs)
	ys := []int{5, 6}
	zeroFirst(ys[0], ys[1]) // new slice, original untouched
	fmt.Println("after zeroFirst(ys[0], ys[1]):", ys)

	fmt.Println(join("-", "a", "b", "c"))
	words := []string{"go", "is", "fun"}
	fmt.Println(join(" ", words...))

	logf("user %s has %d items", "ann", 3)
	args := []any{"bob", 7}
	logf("user %s has %d items", args...)

	lo, hi := minMax(5, 3, 9, -2, 7)
	fmt.Println("min/max:", lo, hi)
	rest := []int{8, 1}
	lo, hi = minMax(4, rest...)
	fmt.Println("min/max:", lo, hi)

	// append is variadic as well
	base := []string{"x"}
	base = append(base, words...)
	base = append(base, "y", "z")
	fmt.Println(base, len(base))

	// function value with variadic type
	var f func(...int) int = sum
	fmt.Printf("%T -> %d\n", f, f(2, 2, 2))
}
