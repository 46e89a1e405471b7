package main

import (
	"fmt"
	"sync"
)

var callCount int
var fibCalls int
var memoHits int
var memo = map[int]int{}
var history []string

func main() {
	fmt.Println("start:", callCount, fibCalls, memoHits, history)

	for i := range 5 {
		greet(fmt.Sprintf("user%d", i))
	}
	fmt.Println("greet called", callCount, "times")
	fmt.Println("history:", history)

	fmt.Println("fib(20) naive =", fib(20))
	fmt.Println("naive calls:", fibCalls)
	naiveCalls := fibCalls

	fibCalls = 0
	fmt.Println("fib(20) memo =", fibMemo(20))
	fmt.Println("memo calls:", fibCalls, "hits:", memoHits)
	fmt.Printf("speedup in calls: %.1fx\n", float64(naiveCalls)/float64(fibCalls))
	fmt.Println("memo size:", len(memo))
	fmt.Println("memo entries for 1..6:", memo[1], memo[2], memo[3], memo[4], memo[5], memo[6])

	resetAll()
	fmt.Println("after reset:", callCount, fibCalls, memoHits, len(memo), history == nil)

	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			callCount += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("callCount after 50 goroutines added 0..49:", callCount)
	fmt.Println("expected:", 49*50/2)
}

func greet(name string) {
	callCount++
	history = append(history, "hello "+name)
}

func fib(n int) int {
	fibCalls++
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fibMemo(n int) int {
	fibCalls++
	if v, ok := memo[n]; ok {
		memoHits++
		return v
	}
	result := n
	if n >= 2 {
		result = fibMemo(n-1) + fibMemo(n-2)
	}
	memo[n] = result
	return result
}

func resetAll() {
	callCount = 0
	fibCalls = 0
	memoHits = 0
	memo = map[int]int{}
	history = nil
}
