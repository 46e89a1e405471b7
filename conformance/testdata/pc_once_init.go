// Lecture 10: one-time initialization with sync.Once, OnceValue and OnceFunc.
package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type Registry struct {
	once  sync.Once
	items map[string]int
	inits atomic.Int32
}

func (r *Registry) load() {
	r.inits.Add(1)
	r.items = map[string]int{"cpu": 8, "gpu": 2, "node": 4}
}

func (r *Registry) Get(k string) int {
	r.once.Do(r.load)
	return r.items[k]
}

var expensiveCalls atomic.Int32

var primesBelow50 = sync.OnceValue(func() []int {
	expensiveCalls.Add(1)
	var ps []int
outer:
	for n := 2; n < 50; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue outer
			}
		}
		ps = append(ps, n)
	}
	return ps
})

var errNoConfig = errors.New("config missing")

var loadConfig = sync.OnceValues(func() (string, error) {
	return "", errNoConfig
})

func main() {
	reg := &Registry{}
	var wg sync.WaitGroup
	sums := make([]int, 10)
	for i := range 10 {
		wg.Go(func() { sums[i] = reg.Get("cpu") + reg.Get("node") })
	}
	wg.Wait()
	fmt.Println("sums:", sums)
	fmt.Println("registry initialized times:", reg.inits.Load())
	fmt.Println("registry:", reg.items)

	lens := make([]int, 5)
	for i := range 5 {
		wg.Go(func() { lens[i] = len(primesBelow50()) })
	}
	wg.Wait()
	fmt.Println("prime counts:", lens)
	fmt.Println("primes:", primesBelow50())
	fmt.Println("expensive calls:", expensiveCalls.Load())

	_, err := loadConfig()
	_, err2 := loadConfig()
	fmt.Println("config error:", err, "| same error:", errors.Is(err2, errNoConfig))

	// OnceFunc: the function runs once; a panic is re-raised on every call.
	var calls int
	boom := sync.OnceFunc(func() {
		calls++
		panic("init failed")
	})
	for i := range 3 {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Printf("call %d recovered: %v\n", i, r)
				}
			}()
			boom()
		}()
	}
	fmt.Println("body executed:", calls, "time(s)")
}
