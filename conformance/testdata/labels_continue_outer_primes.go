package main

import "fmt"

func main() {
	var primes []int
outer:
	for n := 2; len(primes) < 10; n++ {
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue outer
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)

	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, -9}}
	firstNeg := [2]int{-1, -1}
search:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				firstNeg = [2]int{i, j}
				break search
			}
		}
	}
	fmt.Println(firstNeg)

	count := 0
rows:
	for _, row := range grid {
		switch {
		case row[0] > 5:
			break rows
		case row[1] < 0:
			continue rows
		}
		for range row {
			count++
		}
	}
	fmt.Println(count)
	ch := make(chan int, 5)
	for i := range 5 {
		ch <- i
	}
	close(ch)
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok || v == 3 {
				break loop
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println()
}
