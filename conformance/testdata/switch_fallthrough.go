package main

import "fmt"

func describe(n int) []string {
	var out []string
	switch {
	case n > 100:
		out = append(out, "huge")
		fallthrough
	case n > 10:
		out = append(out, "big")
		fallthrough
	case n > 0:
		out = append(out, "positive")
	default:
		out = append(out, "non-positive")
	}
	return out
}

func main() {
	for _, n := range []int{500, 50, 5, -5} {
		fmt.Println(n, describe(n))
	}
	switch x := 2; x {
	case 1, 2, 3:
		fmt.Println("small")
		fallthrough
	case 4:
		fmt.Println("four-ish")
	case 5:
		fmt.Println("five")
	}
}
