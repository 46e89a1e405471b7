// Exercise 6: lazy initialisation with sync.Once, OnceValue and OnceValues.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Registry struct {
	once  sync.Once
	inits atomic.Int32
	codes map[string]int
}

func (r *Registry) load() {
	r.inits.Add(1)
	r.codes = map[string]int{}
	for i, name := range strings.Fields("red green blue cyan magenta yellow") {
		r.codes[name] = (i + 1) * 11
	}
}

func (r *Registry) Lookup(name string) (int, bool) {
	r.once.Do(r.load)
	v, ok := r.codes[name]
	return v, ok
}

func main() {
	reg := &Registry{}
	names := []string{"red", "blue", "black", "yellow", "green", "white", "cyan", "magenta"}
	results := make([]string, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, ok := reg.Lookup(n)
			results[i] = fmt.Sprintf("%-8s -> %3d found=%v", n, v, ok)
		}()
	}
	wg.Wait()
	for _, line := range results {
		fmt.Println(line)
	}
	fmt.Printf("registry initialised %d time(s)\n", reg.inits.Load())

	var computed atomic.Int32
	primes := sync.OnceValue(func() []int {
		computed.Add(1)
		var ps []int
		for n := 2; len(ps) < 10; n++ {
			isPrime := true
			for _, p := range ps {
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				ps = append(ps, n)
			}
		}
		return ps
	})
	sums := make([]int, 5)
	for i := range sums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, p := range primes()[:i+5] {
				sums[i] += p
			}
		}()
	}
	wg.Wait()
	for i, s := range sums {
		fmt.Printf("sum of first %d primes = %d\n", i+5, s)
	}
	fmt.Printf("prime table computed %d time(s)\n", computed.Load())

	attempts := 0
	config := sync.OnceValues(func() (string, error) {
		attempts++
		return "", errors.New("config source unavailable")
	})
	for i := range 3 {
		_, err := config()
		fmt.Printf("call %d: err=%v\n", i, err)
	}
	fmt.Printf("config loader ran %d time(s); error is cached\n", attempts)

	keys := make([]string, 0, len(reg.codes))
	for k := range reg.codes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("registry keys:", strings.Join(keys, ","))
}
