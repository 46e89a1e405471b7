package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// Config is immutable once published; writers build a new one and swap it in.
type Config struct {
	Version  int
	MaxConns int
	Mode     string
	Features []string
}

type ConfigStore struct {
	v  atomic.Value
	mu sync.Mutex // serialises writers only
}

func (s *ConfigStore) Load() *Config { return s.v.Load().(*Config) }

func (s *ConfigStore) Update(fn func(c Config) Config) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.Load()
	cur := *old
	cur.Features = append([]string(nil), old.Features...) // never share backing arrays
	next := fn(cur)
	next.Version = old.Version + 1
	s.v.Store(&next)
}

func consistent(c *Config) bool {
	// Every published config keeps MaxConns == 10*Version and a matching mode.
	want := "even"
	if c.Version%2 == 1 {
		want = "odd"
	}
	return c.MaxConns == 10*c.Version && c.Mode == want && len(c.Features) == c.Version
}

func main() {
	var store ConfigStore
	store.v.Store(&Config{Version: 0, MaxConns: 0, Mode: "even"})

	var hits sync.Map // endpoint -> *atomic.Int64
	endpoints := []string{"/login", "/search", "/cart", "/checkout", "/profile"}

	var bad atomic.Int32
	var maxSeen atomic.Int32
	var wg sync.WaitGroup
	for r := 0; r < 6; r++ {
		wg.Add(1)
		go func(reader int) {
			defer wg.Done()
			for i := 0; i < 300; i++ {
				cfg := store.Load()
				if !consistent(cfg) {
					bad.Add(1)
				}
				for {
					m := maxSeen.Load()
					if int32(cfg.Version) <= m || maxSeen.CompareAndSwap(m, int32(cfg.Version)) {
						break
					}
				}
				ep := endpoints[(reader*7+i)%len(endpoints)]
				c, _ := hits.LoadOrStore(ep, new(atomic.Int64))
				c.(*atomic.Int64).Add(1)
			}
		}(r)
	}

	for v := 1; v <= 8; v++ {
		store.Update(func(c Config) Config {
			c.MaxConns = 10 * (c.Version + 1)
			if c.Mode == "even" {
				c.Mode = "odd"
			} else {
				c.Mode = "even"
			}
			c.Features = append(c.Features, fmt.Sprintf("f%d", c.Version+1))
			return c
		})
	}
	wg.Wait()

	final := store.Load()
	fmt.Println("final version:", final.Version)
	fmt.Println("max conns:", final.MaxConns)
	fmt.Println("mode:", final.Mode)
	fmt.Println("features:", strings.Join(final.Features, ","))
	fmt.Println("inconsistent reads:", bad.Load())
	fmt.Println("readers saw a valid version:", maxSeen.Load() >= 0 && maxSeen.Load() <= 8)

	var keys []string
	hits.Range(func(k, _ any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	var total int64
	for _, k := range keys {
		c, _ := hits.Load(k)
		n := c.(*atomic.Int64).Load()
		total += n
		fmt.Printf("%-10s %d\n", k, n)
	}
	fmt.Println("total hits:", total)

	if _, loaded := hits.LoadOrStore("/login", new(atomic.Int64)); loaded {
		fmt.Println("/login already present")
	}
	hits.Delete("/cart")
	_, ok := hits.Load("/cart")
	fmt.Println("/cart present after delete:", ok)
}
