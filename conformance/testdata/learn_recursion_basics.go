package main

import "fmt"

var calls int
var memo = map[int]int{}

func factorial(n int) int {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

func fib(n int) int {
	calls++
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fibMemo(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = fibMemo(n-1) + fibMemo(n-2)
	return memo[n]
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n >= 3 {
		fmt.Printf("move disk %d %s -> %s\n", n, from, to)
	}
	hanoi(n-1, via, to, from, moves)
}

func sumDigits(n int) int {
	if n < 10 {
		return n
	}
	return n%10 + sumDigits(n/10)
}

func power(b, e int) int {
	if e == 0 {
		return 1
	}
	half := power(b, e/2)
	if e%2 == 0 {
		return half * half
	}
	return half * half * b
}

func main() {
	for i := 0; i <= 10; i++ {
		fmt.Printf("%d! = %d\n", i, factorial(i))
	}
	fmt.Println("fib(20) =", fib(20), "calls:", calls)
	fmt.Println("fibMemo(80) =", fibMemo(80), "memo size:", len(memo))
	for n := 1; n <= 4; n++ {
		moves := 0
		hanoi(n, "A", "C", "B", &moves)
		fmt.Println("hanoi", n, "disks:", moves, "moves")
	}
	fmt.Println(sumDigits(987654321), power(2, 30), power(3, 5))
}
