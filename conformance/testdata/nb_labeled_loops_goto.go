package main

import "fmt"

func findPair(nums []int, target int) (int, int, bool) {
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

func parseDigits(s string) (n int, err error) {
	i := 0
loop:
	if i >= len(s) {
		goto done
	}
	if s[i] < '0' || s[i] > '9' {
		goto fail
	}
	n = n*10 + int(s[i]-'0')
	i++
	goto loop
fail:
	return 0, fmt.Errorf("bad digit %q at %d", s[i], i)
done:
	return n, nil
}

func main() {
	grid := [][]int{
		{1, 2, 3},
		{4, -5, 6},
		{7, 8, 9},
	}

	// Step 1: break out of both loops with a label
	found := false
	var row, col int
search:
	for r, line := range grid {
		for c, v := range line {
			if v < 0 {
				row, col, found = r, c, true
				break search
			}
		}
	}
	fmt.Println("step 1:", found, row, col)

	// Step 2: continue the outer loop, skipping rows with negatives
rows:
	for r, line := range grid {
		sum := 0
		for _, v := range line {
			if v < 0 {
				fmt.Println("step 2: skip row", r)
				continue rows
			}
			sum += v
		}
		fmt.Println("step 2: row", r, "sum", sum)
	}

	// Step 3: primes with a labeled continue
	var primes []int
next:
	for n := 2; n < 30; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println("step 3:", primes)

	// Step 4: break from a switch inside a loop needs a label
	events := []string{"tick", "tick", "stop", "tick"}
	ticks := 0
events:
	for _, e := range events {
		switch e {
		case "tick":
			ticks++
		case "stop":
			break events
		}
	}
	fmt.Println("step 4: ticks before stop", ticks)

	// Step 5: a plain break only leaves the switch
	ticks = 0
	for _, e := range events {
		switch e {
		case "stop":
			break
		default:
			ticks++
		}
	}
	fmt.Println("step 5: ticks counted", ticks)

	// Step 6: the same search with an early return
	i, j, ok := findPair([]int{3, 8, 11, 4, 6}, 10)
	fmt.Println("step 6:", i, j, ok)

	// Step 7: goto used as a simple loop
	count := 0
again:
	count++
	if count < 5 {
		goto again
	}
	fmt.Println("step 7: count", count)

	// Step 8: goto for error handling
	for _, s := range []string{"2024", "12x4", ""} {
		n, err := parseDigits(s)
		fmt.Printf("step 8: %q -> %d, %v\n", s, n, err)
	}

	// Step 9: a labeled loop over a multiplication table
	var cells []string
table:
	for a := 1; a <= 4; a++ {
		for b := 1; b <= 4; b++ {
			if a*b > 6 {
				continue table
			}
			cells = append(cells, fmt.Sprintf("%dx%d", a, b))
		}
	}
	fmt.Println("step 9:", cells)
}
