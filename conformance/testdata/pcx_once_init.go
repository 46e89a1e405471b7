package main

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
)

var (
	settingsOnce sync.Once
	settings     map[string]string
	loadCount    atomic.Int32
	sieveCount   atomic.Int32
)

func loadSettings() {
	loadCount.Add(1)
	settings = map[string]string{
		"mode":    "parallel",
		"workers": "8",
		"port":    "8080x",
	}
}

var primesBelow100 = sync.OnceValue(func() []int {
	sieveCount.Add(1)
	composite := make([]bool, 100)
	var primes []int
	for i := 2; i < 100; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j < 100; j += i {
			composite[j] = true
		}
	}
	return primes
})

var parsePort = sync.OnceValues(func() (int, error) {
	settingsOnce.Do(loadSettings)
	return strconv.Atoi(settings["port"])
})

type observation struct {
	mode    string
	nPrimes int
	portErr string
}

func main() {
	const goroutines = 10
	obs := make([]observation, goroutines)

	var wg sync.WaitGroup
	for i := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			settingsOnce.Do(loadSettings)
			_, err := parsePort()
			obs[i] = observation{
				mode:    settings["mode"],
				nPrimes: len(primesBelow100()),
				portErr: err.Error(),
			}
		}()
	}
	wg.Wait()

	same := true
	for _, o := range obs[1:] {
		if o != obs[0] {
			same = false
		}
	}
	fmt.Println("all goroutines agree:", same)
	fmt.Println("mode:", obs[0].mode)
	fmt.Println("primes below 100:", obs[0].nPrimes)
	fmt.Println("port error:", obs[0].portErr)
	fmt.Println("settings loaded:", loadCount.Load(), "time(s)")
	fmt.Println("sieve ran:", sieveCount.Load(), "time(s)")

	p := primesBelow100()
	fmt.Printf("first five: %v, last: %d\n", p[:5], p[len(p)-1])

	// OnceFunc re-panics with the same value on every call.
	boom := sync.OnceFunc(func() { panic("init failed") })
	for attempt := 1; attempt <= 2; attempt++ {
		func() {
			defer func() {
				fmt.Printf("attempt %d recovered: %v\n", attempt, recover())
			}()
			boom()
		}()
	}

	// A plain Once is considered done even if f panicked.
	var once sync.Once
	calls := 0
	for range 3 {
		func() {
			defer func() { _ = recover() }()
			once.Do(func() {
				calls++
				panic("first call panics")
			})
		}()
	}
	fmt.Println("once body ran:", calls)
}
