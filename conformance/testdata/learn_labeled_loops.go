package main

import "fmt"

var found [][2]int

func findPairs(target int) {
	for i := 1; i < 10; i++ {
		for j := i; j < 10; j++ {
			if i+j == target {
				found = append(found, [2]int{i, j})
			}
		}
	}
}

func main() {
	grid := [][]int{
		{1, 2, 3},
		{4, -5, 6},
		{7, 8, -9},
	}
outer:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("first negative at", r, c, "value", v)
				break outer
			}
			fmt.Println("checked", r, c, v)
		}
	}

	count := 0
rows:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue rows
			}
			count++
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println("\ncount:", count)

	findPairs(10)
	fmt.Println("pairs summing to 10:", found, len(found))

	n := 0
loop:
	for {
		n++
		switch {
		case n%2 == 0:
			continue
		case n > 7:
			break loop
		}
		fmt.Println("odd n:", n)
	}
	fmt.Println("ended at", n)

	primes := []int{}
next:
	for x := 2; x < 30; x++ {
		for _, p := range primes {
			if x%p == 0 {
				continue next
			}
		}
		primes = append(primes, x)
	}
	fmt.Println("primes:", primes)
}
