package main

import "fmt"

func gcd(a, b int) int {
loop:
	if b == 0 {
		goto done
	}
	a, b = b, a%b
	goto loop
done:
	return a
}

func main() {
	grid := [][]int{
		{1, 2, 3},
		{4, -1, 6},
		{7, 8, 9},
	}

	// labeled break out of nested loops
	found := false
search:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				found = true
				break search
			}
		}
	}
	fmt.Println("found:", found)

	// labeled continue skips the rest of the row
rows:
	for i, row := range grid {
		sum := 0
		for _, v := range row {
			if v < 0 {
				fmt.Println("row", i, "skipped")
				continue rows
			}
			sum += v
		}
		fmt.Println("row", i, "sum", sum)
	}

	// break out of a select/switch inside a loop needs a label
	count := 0
outer:
	for i := range 10 {
		switch {
		case i == 2:
			continue
		case i > 5:
			break outer
		}
		count++
	}
	fmt.Println("count:", count)

	// goto-based loop
	i := 0
again:
	if i < 3 {
		fmt.Print("goto iteration ", i, "; ")
		i++
		goto again
	}
	fmt.Println()

	fmt.Println("gcd(84, 36):", gcd(84, 36))

	// labeled loop with triangle pattern
	var out []string
tri:
	for a := 1; a < 5; a++ {
		for b := 1; b < 5; b++ {
			if b > a {
				continue tri
			}
			if a*b > 8 {
				break tri
			}
			out = append(out, fmt.Sprintf("%d*%d", a, b))
		}
	}
	fmt.Println(out)
}
