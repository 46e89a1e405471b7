package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version  int
	Endpoint string
	Features []string
}

var loads atomic.Int32

// loadDefaults runs at most once no matter how many goroutines ask for it.
var loadDefaults = sync.OnceValue(func() *Config {
	loads.Add(1)
	return &Config{Version: 1, Endpoint: "https://api.internal/v1", Features: []string{"search"}}
})

var parsePort = sync.OnceValues(func() (int, error) {
	loads.Add(1)
	var port int
	_, err := fmt.Sscanf("port=8443", "port=%d", &port)
	return port, err
})

type Store struct {
	current atomic.Pointer[Config]
	swaps   atomic.Int64
}

func (s *Store) Load() *Config { return s.current.Load() }

// Update applies f to a copy and publishes it with compare-and-swap.
func (s *Store) Update(f func(c *Config)) {
	for {
		old := s.current.Load()
		next := *old
		next.Features = slices.Clone(old.Features)
		f(&next)
		if s.current.CompareAndSwap(old, &next) {
			s.swaps.Add(1)
			return
		}
	}
}

func main() {
	var wg sync.WaitGroup
	results := make([]*Config, 8)
	for i := range results {
		wg.Go(func() { results[i] = loadDefaults() })
	}
	wg.Wait()
	same := true
	for _, r := range results {
		same = same && r == results[0]
	}
	fmt.Println("all goroutines got the same pointer:", same)
	fmt.Println("defaults:", loadDefaults())
	fmt.Printf("%+v\n", *loadDefaults())

	p1, err1 := parsePort()
	p2, err2 := parsePort()
	fmt.Println("port:", p1, p2, err1, err2)
	fmt.Println("loader calls:", loads.Load())

	var store Store
	fmt.Println("empty store:", store.Load() == nil)
	store.current.Store(loadDefaults())

	const workers = 10
	for w := range workers {
		wg.Go(func() {
			store.Update(func(c *Config) {
				c.Version++
				c.Features = append(c.Features, fmt.Sprintf("f%02d", w))
			})
		})
	}
	wg.Wait()

	final := store.Load()
	slices.Sort(final.Features)
	fmt.Println("version:", final.Version)
	fmt.Println("swaps:", store.swaps.Load())
	fmt.Println("features:", strings.Join(final.Features, ","))
	fmt.Println("defaults untouched:", loadDefaults().Version, loadDefaults().Features)

	old := store.current.Swap(&Config{Version: 100, Endpoint: "https://api.internal/v2"})
	fmt.Println("swapped out version", old.Version, "now", store.Load().Version)
	fmt.Printf("%v\n", store.Load())
	fmt.Printf("%T %T\n", &store.current, loadDefaults)

	var counter atomic.Uint64
	for range 50 {
		wg.Go(func() {
			for range 100 {
				counter.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Println("counter:", counter.Load())
}
