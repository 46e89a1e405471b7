// Handout 6: lazy initialisation with sync.Once, sync.OnceValue and
// sync.OnceValues. Many goroutines race to use the resource, but the
// initialiser runs exactly once.
package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type Config struct {
	Workers int
	Name    string
	Tags    []string
}

var (
	loads     atomic.Int32
	cfgOnce   sync.Once
	globalCfg *Config
)

func loadConfig() *Config {
	cfgOnce.Do(func() {
		loads.Add(1)
		globalCfg = &Config{Workers: 4, Name: "cluster-a", Tags: []string{"mpi", "omp", "cuda"}}
	})
	return globalCfg
}

var primeTable = sync.OnceValue(func() []int {
	loads.Add(1)
	var ps []int
	for n := 2; len(ps) < 10; n++ {
		isP := true
		for _, p := range ps {
			if n%p == 0 {
				isP = false
				break
			}
		}
		if isP {
			ps = append(ps, n)
		}
	}
	return ps
})

var badResource = sync.OnceValues(func() (string, error) {
	loads.Add(1)
	return "", errors.New("device /dev/gpu9 not present")
})

func main() {
	const n = 16
	var wg sync.WaitGroup
	names := make([]string, n)
	sums := make([]int, n)
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			c := loadConfig()
			names[i] = fmt.Sprintf("%s/%d", c.Name, c.Workers)
			for _, p := range primeTable() {
				sums[i] += p
			}
			_, errs[i] = badResource()
		})
	}
	wg.Wait()

	for i := range n {
		fmt.Printf("goroutine %2d saw config=%s primeSum=%d err=%v\n", i, names[i], sums[i], errs[i])
	}
	fmt.Println("tags:", strings.Join(loadConfig().Tags, ","))
	fmt.Println("primes:", primeTable())
	fmt.Println("initialiser calls (expect 3):", loads.Load())
}
