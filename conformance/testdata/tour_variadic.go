// Chapter: variadic functions.
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

func describe(nums ...int) string {
	return fmt.Sprintf("len=%d nil=%t %v", len(nums), nums == nil, nums)
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func modifyFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = -1
	}
}

func printAll(prefix string, args ...any) {
	fmt.Print(prefix)
	for i, a := range args {
		fmt.Printf(" [%d]%T=%v", i, a, a)
	}
	fmt.Println()
}

func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

type Logger struct{ lines []string }

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))

	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...))

	fmt.Println(describe())
	fmt.Println(describe(nums...))
	fmt.Println(describe([]int{}...))

	// Passing a slice with ... shares the backing array.
	modifyFirst(nums...)
	fmt.Println("after modifyFirst(nums...):", nums)
	modifyFirst(nums[1], nums[2])
	fmt.Println("after modifyFirst(a, b):", nums)

	fmt.Println(join(", ", "a", "b", "c"), join("-"), join("+", []string{"x", "y"}...))

	printAll("mixed:", 1, "two", 3.0, nil, []int{4})
	items := []any{"p", 'q'}
	printAll("spread:", items...)
	printAll("nested:", items)

	fmt.Println(maxOf(3), maxOf(3, 9, 2), maxOf(-5, nums...))

	var lg Logger
	lg.Logf("user %s logged in", "ann")
	lg.Logf("%d items at %.2f", 3, 9.5)
	lg.Logf("no args")
	fmt.Printf("%q\n", lg.lines)

	// append is itself variadic.
	s := append([]int{1}, 2, 3)
	s = append(s, s...)
	b := append([]byte("hi "), "there"...)
	fmt.Println(s, string(b))

	// A variadic function value has type func(...T).
	var f func(...int) int = sum
	fmt.Printf("%T %d\n", f, f(4, 5))
}
