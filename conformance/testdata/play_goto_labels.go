package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func retry() int {
	attempts := 0
retryLoop:
	attempts++
	if attempts < 3 {
		fmt.Println("  attempt", attempts, "failed, retrying")
		goto retryLoop
	}
	fmt.Println("  attempt", attempts, "succeeded")
	return attempts
}

func main() {
	grid := [][]int{
		{1, 2, 3},
		{4, 5, 6},
		{7, 8, 9},
	}

	fmt.Println("== labeled break ==")
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == 5 {
				fmt.Printf("found 5 at (%d,%d), breaking outer\n", i, j)
				break outer
			}
			fmt.Println("visit", v)
		}
	}

	fmt.Println("== labeled continue ==")
rows:
	for i, row := range grid {
		for _, v := range row {
			if v%2 == 0 {
				fmt.Printf("row %d: skip rest at even %d\n", i, v)
				continue rows
			}
		}
		fmt.Printf("row %d: all odd\n", i)
	}

	fmt.Println("== break out of select/switch in loop ==")
	n := 0
loop:
	for {
		switch {
		case n >= 3:
			break loop
		default:
			n++
		}
	}
	fmt.Println("n =", n)

	fmt.Println("== goto retry ==")
	fmt.Println("attempts:", retry())

	fmt.Println("== goto as loop ==")
	i := 0
top:
	if i < 4 {
		fmt.Print(i, " ")
		i++
		goto top
	}
	fmt.Println()

	fmt.Println("== helper ==")
	r, c, ok := findPair(grid, 8)
	fmt.Println("findPair 8:", r, c, ok)
	r, c, ok = findPair(grid, 10)
	fmt.Println("findPair 10:", r, c, ok)

	fmt.Println("== labeled break in select ==")
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	total := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			total += v
		}
	}
	fmt.Println("total received:", total)
}
