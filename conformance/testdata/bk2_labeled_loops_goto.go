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
	return 0, 0, false
}

func primes(limit int) []int {
	var out []int
next:
	for n := 2; n <= limit; n++ {
		for _, p := range out {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue next
			}
		}
		out = append(out, n)
	}
	return out
}

func retry(attempts int) int {
	tries := 0
again:
	tries++
	if tries < attempts {
		goto again
	}
	return tries
}

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	i, j, ok := findPair(grid, 6)
	fmt.Println("found 6 at", i, j, ok)

	count := 0
outer:
	for r, row := range grid {
		for c, v := range row {
			if v%2 == 0 {
				continue outer
			}
			if v > 6 {
				fmt.Println("stopping at", r, c, v)
				break outer
			}
			count++
			fmt.Println("visit", r, c, v)
		}
	}
	fmt.Println("visited:", count)

	fmt.Println("primes:", primes(50))

	cmds := []string{"push", "push", "noop", "pop", "quit", "push"}
	depth := 0
process:
	for idx, cmd := range cmds {
		switch cmd {
		case "push":
			depth++
		case "pop":
			depth--
		case "noop":
			continue process
		case "quit":
			fmt.Println("quit at index", idx)
			break process
		}
		fmt.Println(cmd, "-> depth", depth)
	}

	ch := make(chan int, 5)
	for n := range 5 {
		ch <- n * 10
	}
	close(ch)
	total := 0
drain:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break drain
			}
			total += v
		}
	}
	fmt.Println("drained total:", total)

	fmt.Println("retry:", retry(4), "gcd:", gcd(84, 36))

	n := 0
	for {
		n++
		if n%3 != 0 {
			continue
		}
		if n > 10 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
}
