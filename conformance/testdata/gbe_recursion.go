// Go by Example: Recursion
package main

import "fmt"

// fact calls itself until it reaches the base case of fact(0).
func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

// permutations returns all orderings of s.
func permutations(s []rune) []string {
	if len(s) <= 1 {
		return []string{string(s)}
	}
	var out []string
	for i := range s {
		rest := make([]rune, 0, len(s)-1)
		rest = append(rest, s[:i]...)
		rest = append(rest, s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, string(s[i])+p)
		}
	}
	return out
}

type tree struct {
	left, right *tree
	val         int
}

// sum walks a binary tree recursively.
func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.val + t.left.sum() + t.right.sum()
}

func (t *tree) depth() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.left.depth(), t.right.depth())
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 3 {
		fmt.Printf("move disk %d from %s to %s\n", n, from, to)
	}
	hanoi(n-1, via, to, from, moves)
}

func main() {
	fmt.Println(fact(7))

	// Closures can also be recursive, but this requires the
	// closure to be declared with a typed var explicitly.
	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))

	fmt.Println(permutations([]rune("abc")))

	t := &tree{val: 1,
		left:  &tree{val: 2, left: &tree{val: 4}},
		right: &tree{val: 3, right: &tree{val: 5, left: &tree{val: 6}}},
	}
	fmt.Println("tree sum:", t.sum(), "depth:", t.depth())

	moves := 0
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println("hanoi(4) moves:", moves)
}
