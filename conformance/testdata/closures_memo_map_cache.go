package main

import "fmt"

func memoize(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
			if v, ok := cache[n]; ok {
				return v
			}
			calls++
			v := f(n)
			cache[n] = v
			return v
		}, func() int {
			return calls
		}
}

func main() {
	var fib func(int) int
	var count func() int
	fib, count = memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), count())
	fmt.Println(fib(10), count())

	square, sqCount := memoize(func(n int) int { return n * n })
	for _, n := range []int{3, 4, 3, 3, 5} {
		fmt.Print(square(n), " ")
	}
	fmt.Println(sqCount())

	ways := map[[2]int]int{}
	var grid func(r, c int) int
	grid = func(r, c int) int {
		if r == 0 || c == 0 {
			return 1
		}
		k := [2]int{r, c}
		if v, ok := ways[k]; ok {
			return v
		}
		ways[k] = grid(r-1, c) + grid(r, c-1)
		return ways[k]
	}
	fmt.Println(grid(10, 10), len(ways))
}
