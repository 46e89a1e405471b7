package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Registry struct {
	once  sync.Once
	names map[string]int
	inits atomic.Int32
}

func (r *Registry) load() {
	r.inits.Add(1)
	r.names = map[string]int{}
	for i, n := range strings.Split("red,green,blue,cyan,magenta", ",") {
		r.names[n] = i + 1
	}
}

// Lookup lazily initialises the registry exactly once.
func (r *Registry) Lookup(name string) (int, bool) {
	r.once.Do(r.load)
	v, ok := r.names[name]
	return v, ok
}

var expensiveCalls atomic.Int32

// sync.OnceValue wraps a function so its result is computed once.
var fib40 = sync.OnceValue(func() int {
	expensiveCalls.Add(1)
	a, b := 0, 1
	for range 40 {
		a, b = b, a+b
	}
	return a
})

func main() {
	reg := &Registry{}
	queries := []string{"blue", "pink", "red", "magenta", "green", "black", "cyan", "blue"}

	var wg sync.WaitGroup
	var mu sync.Mutex
	found := []string{}
	for _, q := range queries {
		wg.Go(func() {
			if v, ok := reg.Lookup(q); ok {
				mu.Lock()
				found = append(found, fmt.Sprintf("%s=%d", q, v))
				mu.Unlock()
			}
			_ = fib40()
		})
	}
	wg.Wait()
	sort.Strings(found)

	fmt.Println("found:", found)
	fmt.Println("registry initialised", reg.inits.Load(), "time(s)")
	fmt.Println("fib(40) =", fib40(), "computed", expensiveCalls.Load(), "time(s)")

	greet := sync.OnceFunc(func() { fmt.Println("hello, printed once") })
	for range 3 {
		greet()
	}

	pair := sync.OnceValues(func() (string, error) {
		return "config-v1", nil
	})
	v, err := pair()
	fmt.Printf("OnceValues: %q err=%v\n", v, err)
}
