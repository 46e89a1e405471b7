package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version  int
	Endpoint string
	Retries  int
}

// Store holds the current configuration; readers never block.
type Store struct {
	cur atomic.Pointer[Config]
}

func (s *Store) Load() *Config { return s.cur.Load() }

func (s *Store) Update(f func(Config) Config) *Config {
	for {
		old := s.cur.Load()
		next := f(*old)
		next.Version = old.Version + 1
		if s.cur.CompareAndSwap(old, &next) {
			return &next
		}
	}
}

func main() {
	var s Store
	fmt.Println("initially nil:", s.Load() == nil)
	s.cur.Store(&Config{Version: 1, Endpoint: "http://a.example", Retries: 1})
	fmt.Printf("start: %+v\n", *s.Load())

	// Many goroutines bump Retries concurrently; CAS makes every update count.
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			s.Update(func(c Config) Config {
				c.Retries++
				return c
			})
		})
	}
	wg.Wait()
	final := s.Load()
	fmt.Printf("after 20 updates: %+v\n", *final)

	old := s.cur.Swap(&Config{Version: 100, Endpoint: "http://b.example"})
	fmt.Println("swapped out version:", old.Version)
	fmt.Printf("now: %v\n", *s.Load())

	// A reader holding an old pointer keeps a consistent snapshot.
	snap := s.Load()
	s.Update(func(c Config) Config { c.Endpoint = "http://c.example"; return c })
	fmt.Println("snapshot endpoint:", snap.Endpoint, "| current:", s.Load().Endpoint, "v", s.Load().Version)
}
