// Lecture 6: hot-swapping configuration with atomic.Pointer.
// Readers never block; a writer publishes a brand-new immutable value.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version    int
	MaxWorkers int
	Endpoint   string
}

type Service struct {
	cfg     atomic.Pointer[Config]
	served  atomic.Int64
	reloads atomic.Int32
}

func (s *Service) Reload(c Config) *Config {
	old := s.cfg.Swap(&c)
	s.reloads.Add(1)
	return old
}

func (s *Service) Handle() int {
	c := s.cfg.Load()
	s.served.Add(1)
	return c.MaxWorkers
}

func main() {
	var s Service
	fmt.Printf("before init: %v\n", s.cfg.Load())
	old := s.Reload(Config{Version: 1, MaxWorkers: 4, Endpoint: "http://a.local"})
	fmt.Printf("initial old value nil: %t\n", old == nil)
	fmt.Printf("current: %+v\n", *s.cfg.Load())

	// Phase 1: many readers with version 1.
	var wg sync.WaitGroup
	var sum1 atomic.Int64
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum1.Add(int64(s.Handle()))
		}()
	}
	wg.Wait()

	old = s.Reload(Config{Version: 2, MaxWorkers: 16, Endpoint: "http://b.local"})
	fmt.Printf("replaced: %+v\n", *old)

	// Phase 2: readers see version 2.
	var sum2 atomic.Int64
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum2.Add(int64(s.Handle()))
		}()
	}
	wg.Wait()

	// CompareAndSwap only succeeds if nobody changed the pointer meanwhile.
	cur := s.cfg.Load()
	stale := old
	next := &Config{Version: 3, MaxWorkers: 8, Endpoint: "http://c.local"}
	fmt.Println("CAS with stale pointer:", s.cfg.CompareAndSwap(stale, next))
	fmt.Println("CAS with current pointer:", s.cfg.CompareAndSwap(cur, next))

	fmt.Printf("phase sums: %d %d\n", sum1.Load(), sum2.Load())
	fmt.Printf("served=%d reloads=%d final=%+v\n", s.served.Load(), s.reloads.Load(), *s.cfg.Load())
	fmt.Printf("%T %T\n", &s.cfg, s.cfg.Load())
}
