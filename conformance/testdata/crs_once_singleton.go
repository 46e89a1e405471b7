// Lecture 12: one-time initialization with sync.Once, OnceFunc, OnceValue(s).
package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type Registry struct {
	names []string
}

var (
	instance  *Registry
	once      sync.Once
	initCalls atomic.Int32
)

func GetRegistry() *Registry {
	once.Do(func() {
		initCalls.Add(1)
		instance = &Registry{names: []string{"scheduler", "allocator", "gc"}}
	})
	return instance
}

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*Registry, 16)
	for i := range ptrs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ptrs[i] = GetRegistry()
		}()
	}
	wg.Wait()
	allSame := true
	for _, p := range ptrs {
		if p != ptrs[0] {
			allSame = false
		}
	}
	fmt.Printf("init calls: %d, all same instance: %v, names: %q\n", initCalls.Load(), allSame, ptrs[0].names)

	// OnceFunc: the wrapped function runs at most once.
	var hello atomic.Int32
	greet := sync.OnceFunc(func() { hello.Add(1) })
	for range 5 {
		wg.Add(1)
		go func() { defer wg.Done(); greet() }()
	}
	wg.Wait()
	fmt.Println("greet executed:", hello.Load())

	// OnceValue caches an expensive computation.
	computations := 0
	fib := sync.OnceValue(func() int {
		computations++
		a, b := 0, 1
		for range 40 {
			a, b = b, a+b
		}
		return a
	})
	fmt.Println("fib(40) =", fib(), fib(), "computed", computations, "time(s)")

	// OnceValues caches the error as well.
	attempts := 0
	load := sync.OnceValues(func() (map[string]int, error) {
		attempts++
		return nil, errors.New("config not found")
	})
	for i := 0; i < 3; i++ {
		m, err := load()
		fmt.Printf("load #%d: m=%v err=%v\n", i+1, m, err)
	}
	fmt.Println("load attempts:", attempts)

	// A panicking Once is still considered done.
	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("init failed") })
	}()
	ran := false
	o.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
}
