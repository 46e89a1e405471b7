// Week 4 assignment: recursion with factorial and memoized Fibonacci.
package main

import (
	"fmt"
	"math/big"
)

// factorial is the classic recursive definition.
func factorial(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

// bigFactorial handles values that overflow uint64.
func bigFactorial(n int64) *big.Int {
	result := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		result.Mul(result, big.NewInt(i))
	}
	return result
}

var calls int

// fibNaive is exponential; we count calls to show why memoization matters.
func fibNaive(n int) int {
	calls++
	if n < 2 {
		return n
	}
	return fibNaive(n-1) + fibNaive(n-2)
}

// fibMemo stores results in a map passed down the recursion.
func fibMemo(n int, memo map[int]int) int {
	calls++
	if v, ok := memo[n]; ok {
		return v
	}
	if n < 2 {
		memo[n] = n
		return n
	}
	memo[n] = fibMemo(n-1, memo) + fibMemo(n-2, memo)
	return memo[n]
}

// sumDigits is recursive too.
func sumDigits(n int) int {
	if n < 10 {
		return n
	}
	return n%10 + sumDigits(n/10)
}

func main() {
	for _, n := range []uint64{0, 1, 5, 10, 20} {
		fmt.Printf("%2d! = %d\n", n, factorial(n))
	}
	fmt.Println("30! =", bigFactorial(30).String())

	calls = 0
	naive := fibNaive(20)
	naiveCalls := calls

	calls = 0
	memo := make(map[int]int)
	fast := fibMemo(20, memo)
	fmt.Printf("fib(20) naive=%d calls=%d\n", naive, naiveCalls)
	fmt.Printf("fib(20) memo=%d calls=%d memo size=%d\n", fast, calls, len(memo))

	fmt.Print("first 15:")
	for i := 0; i < 15; i++ {
		fmt.Printf(" %d", fibMemo(i, memo))
	}
	fmt.Println()
	fmt.Printf("fib(90) = %d\n", fibMemo(90, memo))

	for _, n := range []int{0, 9, 12345, 999999} {
		fmt.Printf("sumDigits(%d) = %d\n", n, sumDigits(n))
	}
}
