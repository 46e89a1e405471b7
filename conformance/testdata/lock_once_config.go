package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Workers int
	Verbose bool
}

var loads atomic.Int32

func loadConfig() *Config {
	loads.Add(1)
	return &Config{Name: "course-demo", Workers: 4, Verbose: true}
}

var (
	cfgOnce sync.Once
	cfg     *Config
)

func getConfig() *Config {
	cfgOnce.Do(func() {
		cfg = loadConfig()
	})
	return cfg
}

var primes = sync.OnceValue(func() []int {
	var ps []int
	for n := 2; len(ps) < 15; n++ {
		isPrime := true
		for _, p := range ps {
			if p*p > n {
				break
			}
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

var parsePort = sync.OnceValues(func() (int, error) {
	return strconv.Atoi("80a80")
})

func main() {
	var wg sync.WaitGroup
	seen := make([]*Config, 10)
	for i := range seen {
		wg.Go(func() {
			seen[i] = getConfig()
		})
	}
	wg.Wait()

	same := true
	for _, c := range seen {
		if c != seen[0] {
			same = false
		}
	}
	fmt.Println("config loads:", loads.Load())
	fmt.Println("all goroutines saw the same pointer:", same)
	fmt.Printf("config: %+v\n", *seen[0])

	sums := make([]int, 5)
	for i := range sums {
		wg.Go(func() {
			for _, p := range primes() {
				sums[i] += p
			}
		})
	}
	wg.Wait()
	fmt.Println("primes:", primes())
	fmt.Println("sums:", sums)

	for i := 0; i < 2; i++ {
		port, err := parsePort()
		var numErr *strconv.NumError
		fmt.Printf("attempt %d: port=%d numError=%v\n", i+1, port, errors.As(err, &numErr))
	}

	// A Once that panics is still considered done.
	var risky sync.Once
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("recovered:", r)
				}
			}()
			risky.Do(func() { panic("init failed") })
			fmt.Println("call", i, "returned normally")
		}()
	}
}
