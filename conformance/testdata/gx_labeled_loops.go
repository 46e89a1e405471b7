package main

import "fmt"

func findPair(nums []int, target int) (int, int, bool) {
	i, j := -1, -1
outer:
	for a := range nums {
		for b := a + 1; b < len(nums); b++ {
			if nums[a]+nums[b] == target {
				i, j = a, b
				break outer
			}
		}
	}
	return i, j, i >= 0
}

func primesBelow(n int) []int {
	var primes []int
next:
	for c := 2; c < n; c++ {
		for _, p := range primes {
			if p*p > c {
				break
			}
			if c%p == 0 {
				continue next
			}
		}
		primes = append(primes, c)
	}
	return primes
}

func firstRowWithAllPositive(m [][]int) int {
rows:
	for r, row := range m {
		for _, v := range row {
			if v <= 0 {
				continue rows
			}
		}
		return r
	}
	return -1
}

func main() {
	nums := []int{8, 3, 11, 7, 2, 5}
	for _, t := range []int{10, 18, 100} {
		i, j, ok := findPair(nums, t)
		fmt.Printf("target %3d: i=%d j=%d found=%t\n", t, i, j, ok)
	}

	fmt.Println("primes < 60:", primesBelow(60))

	matrix := [][]int{
		{1, -2, 3},
		{0, 5, 6},
		{7, 8, 9},
		{4, 4, 4},
	}
	fmt.Println("first all-positive row:", firstRowWithAllPositive(matrix))

	// Labeled break out of a select/switch inside a loop.
	events := []string{"tick", "tick", "skip", "tick", "stop", "tick"}
	ticks := 0
loop:
	for i, e := range events {
		switch e {
		case "skip":
			fmt.Println("skipping event", i)
			continue loop
		case "stop":
			fmt.Println("stop at event", i)
			break loop
		}
		ticks++
	}
	fmt.Println("ticks counted:", ticks)

	ch := make(chan int, 10)
	for i := range 10 {
		ch <- i * 3
	}
	close(ch)
	var got []int
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok || v > 15 {
				break recv
			}
			got = append(got, v)
		}
	}
	fmt.Println("received until > 15:", got, "left in channel:", len(ch))

	// Search a 3D space with a single labeled break.
	var found [3]int
search:
	for x := range 10 {
		for y := range 10 {
			for z := range 10 {
				if x*x+y*y == z*z && x > 0 && y > x {
					found = [3]int{x, y, z}
					break search
				}
			}
		}
	}
	fmt.Println("first pythagorean triple:", found)

	var triples [][3]int
	for a := 1; a < 20; a++ {
	inner:
		for b := a; b < 20; b++ {
			for c := b; c < 30; c++ {
				if a*a+b*b == c*c {
					triples = append(triples, [3]int{a, b, c})
					continue inner
				}
			}
		}
	}
	fmt.Println("triples:", triples)
}
