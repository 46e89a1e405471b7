package main

import (
	"fmt"
	"sync"
)

// module-level globals like Python's `global counter`
var (
	counter int
	calls   = map[string]int{}
	nextID  = 100
)

func increment() int {
	counter++
	return counter
}

func track(name string) {
	calls[name]++
}

func newID(prefix string) string {
	nextID++
	return fmt.Sprintf("%s-%d", prefix, nextID)
}

// a decorator counting calls
func countCalls(name string, f func(int) int) func(int) int {
	return func(n int) int {
		track(name)
		return f(n)
	}
}

// shadowing a global by accident: `counter := ...` creates a local
func shadowBug() int {
	counter := 1000
	counter++
	return counter
}

var (
	safeMu    sync.Mutex
	safeTotal int
)

func main() {
	for range 3 {
		increment()
	}
	fmt.Println("counter:", counter)
	fmt.Println("shadow:", shadowBug(), "global still:", counter)

	fmt.Println(newID("user"), newID("user"), newID("order"))

	var fib func(int) int
	fib = countCalls("fib", func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println("fib(10) =", fib(10), "calls:", calls["fib"])
	sq := countCalls("square", func(n int) int { return n * n })
	for i := range 4 {
		sq(i)
	}
	fmt.Println(calls)

	// globals modified from goroutines need a mutex
	var wg sync.WaitGroup
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			safeMu.Lock()
			safeTotal += n
			safeMu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("safe total:", safeTotal)

	// nonlocal via closure
	makeCounter := func() (func() int, func() int) {
		c := 0
		return func() int { c++; return c }, func() int { return c }
	}
	inc, get := makeCounter()
	inc()
	inc()
	fmt.Println("closure counter:", get(), inc())
	inc2, get2 := makeCounter()
	inc2()
	fmt.Println("independent:", get(), get2())
}
