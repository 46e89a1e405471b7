package main

import "fmt"

func main() {
	grid := [][]int{
		{1, 2, 3, 4},
		{5, 6, 7, 8},
		{9, 10, 11, 12},
		{13, 14, 15, 16},
	}

	target := 11
	found := false
	foundRow, foundCol := -1, -1

search:
	for r := 0; r < len(grid); r++ {
		for c := 0; c < len(grid[r]); c++ {
			fmt.Println("checking", r, c)
			if grid[r][c] == target {
				found = true
				foundRow = r
				foundCol = c
				break search
			}
		}
	}
	if found {
		fmt.Printf("found %d at row %d col %d\n", target, foundRow, foundCol)
	}

	// skip rows that have an even number at the start
	fmt.Println("rows whose first number is odd, printed until a multiple of 3:")
rows:
	for _, row := range grid {
		if row[0]%2 == 0 {
			continue rows
		}
		for _, v := range row {
			if v%3 == 0 {
				fmt.Println("  stop at", v)
				continue rows
			}
			fmt.Println("  value", v)
		}
	}

	// primes with a labelled continue
	primes := []int{}
outer:
	for n := 2; n < 40; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue outer
			}
		}
		primes = append(primes, n)
	}
	fmt.Println("primes:", primes)

	// find a pair that sums to 20
	nums := []int{3, 8, 14, 5, 12, 6}
	a, b := 0, 0
pairLoop:
	for i := 0; i < len(nums); i++ {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == 20 {
				a, b = nums[i], nums[j]
				break pairLoop
			}
		}
	}
	fmt.Println("pair summing to 20:", a, b)
}
