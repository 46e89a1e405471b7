// Chapter: labeled break, continue and goto.
package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	row, col, found := -1, -1, false
search:
	for i, r := range grid {
		for j, v := range r {
			if v == target {
				row, col, found = i, j, true
				break search
			}
		}
	}
	return row, col, found
}

func primesBelow(n int) []int {
	var primes []int
outer:
	for c := 2; c < n; c++ {
		for _, p := range primes {
			if p*p > c {
				break
			}
			if c%p == 0 {
				continue outer
			}
		}
		primes = append(primes, c)
	}
	return primes
}

func gcdGoto(a, b int) int {
loop:
	if b != 0 {
		a, b = b, a%b
		goto loop
	}
	return a
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(findPair(grid, 6))
	fmt.Println(findPair(grid, 10))

	fmt.Println(primesBelow(40))
	fmt.Println(gcdGoto(84, 36), gcdGoto(17, 5))

	// Labeled continue in nested loops skips the rest of the outer iteration.
	fmt.Println("pairs with i+j odd, stopping rows at j==i:")
rows:
	for i := range 4 {
		for j := range 4 {
			if j == i {
				continue rows
			}
			if (i+j)%2 == 1 {
				fmt.Printf("(%d,%d) ", i, j)
			}
		}
	}
	fmt.Println()

	// Labeled break out of select inside for.
	ch := make(chan int, 5)
	for i := range 5 {
		ch <- i * i
	}
	close(ch)
	sum := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			sum += v
		}
	}
	fmt.Println("sum of squares:", sum)

	// goto forward over a block.
	n := 0
	if n == 0 {
		goto skip
	}
	fmt.Println("not printed")
skip:
	fmt.Println("skipped ahead")
}
