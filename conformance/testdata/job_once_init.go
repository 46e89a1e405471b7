package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Config struct {
	DSN      string
	PoolSize int
	Features []string
}

var (
	configOnce  sync.Once
	config      *Config
	configLoads atomic.Int32
)

func GetConfig() *Config {
	configOnce.Do(func() {
		configLoads.Add(1)
		config = &Config{DSN: "postgres://db:5432/app", PoolSize: 16, Features: []string{"beta-ui", "fast-path"}}
	})
	return config
}

var computeCalls atomic.Int32

var primeTable = sync.OnceValue(func() []int {
	computeCalls.Add(1)
	var primes []int
	for n := 2; len(primes) < 15; n++ {
		isPrime := true
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			primes = append(primes, n)
		}
	}
	return primes
})

var connectAttempts atomic.Int32

var connect = sync.OnceValues(func() (string, error) {
	connectAttempts.Add(1)
	return "", errors.New("dial tcp: connection refused")
})

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[*Config]int{}
	primeSums := map[int]int{}
	var errMsgs []string

	var closed atomic.Int32
	closeResources := sync.OnceFunc(func() { closed.Add(1) })

	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := GetConfig()
			ps := primeTable()
			sum := 0
			for _, p := range ps {
				sum += p
			}
			_, err := connect()
			closeResources()
			mu.Lock()
			seen[c]++
			primeSums[sum]++
			errMsgs = append(errMsgs, err.Error())
			mu.Unlock()
		}()
	}
	wg.Wait()

	fmt.Println("config loads:", configLoads.Load())
	fmt.Println("distinct config pointers:", len(seen))
	c := GetConfig()
	fmt.Printf("config: dsn=%s pool=%d features=%s\n", c.DSN, c.PoolSize, strings.Join(c.Features, ","))
	fmt.Println("prime computations:", computeCalls.Load())
	fmt.Println("primes:", primeTable())
	fmt.Println("prime sums observed:", primeSums)
	fmt.Println("connect attempts:", connectAttempts.Load())
	sort.Strings(errMsgs)
	fmt.Println("errors seen:", len(errMsgs), "first:", errMsgs[0], "last:", errMsgs[len(errMsgs)-1])
	closeResources()
	fmt.Println("close calls:", closed.Load())

	// A panicking Once is still considered done.
	var risky sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		risky.Do(func() { panic("init failed") })
	}()
	ran := false
	risky.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
}
