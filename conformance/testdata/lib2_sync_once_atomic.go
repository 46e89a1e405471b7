package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
	Flags   []string
}

var loads atomic.Int32

var defaultConfig = sync.OnceValue(func() *Config {
	loads.Add(1)
	return &Config{Version: 1, Name: "default", Flags: []string{"fast"}}
})

var parsePort = sync.OnceValues(func() (int, error) {
	loads.Add(1)
	return 0, errors.New("port not configured")
})

// Store publishes immutable snapshots of a config through an atomic pointer.
type Store[T any] struct {
	ptr     atomic.Pointer[T]
	updates atomic.Int64
}

func (s *Store[T]) Load() *T { return s.ptr.Load() }

func (s *Store[T]) Update(f func(old T) T) {
	for {
		old := s.ptr.Load()
		next := f(*old)
		if s.ptr.CompareAndSwap(old, &next) {
			s.updates.Add(1)
			return
		}
	}
}

func main() {
	var wg sync.WaitGroup
	results := make([]*Config, 8)
	for i := range results {
		wg.Go(func() {
			results[i] = defaultConfig()
		})
	}
	wg.Wait()
	same := true
	for _, r := range results {
		same = same && r == results[0]
	}
	fmt.Println("all goroutines got same pointer:", same)

	for range 3 {
		_, err := parsePort()
		fmt.Println("parsePort:", err)
	}
	fmt.Println("loader calls:", loads.Load())

	var store Store[Config]
	store.ptr.Store(defaultConfig())
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			store.Update(func(c Config) Config {
				c.Version++
				if i%10 == 0 {
					c.Flags = append(slices.Clone(c.Flags), fmt.Sprintf("f%d", i))
				}
				return c
			})
		}()
	}
	wg.Wait()
	final := store.Load()
	slices.Sort(final.Flags)
	fmt.Printf("version=%d updates=%d name=%s\n", final.Version, store.updates.Load(), final.Name)
	fmt.Println("flags:", strings.Join(final.Flags, ","))
	fmt.Println("original untouched:", defaultConfig().Version, defaultConfig().Flags)

	var counter atomic.Uint64
	var mu sync.Mutex
	seen := map[int]bool{}
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 250 {
				counter.Add(1)
				if j == 0 {
					mu.Lock()
					seen[w] = true
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter.Load(), "workers seen:", len(seen))

	var p atomic.Pointer[string]
	fmt.Println("nil load:", p.Load() == nil)
	s1, s2 := "first", "second"
	p.Store(&s1)
	old := p.Swap(&s2)
	fmt.Println("swapped out:", *old, "now:", *p.Load(), "cas stale:", p.CompareAndSwap(&s1, &s1))
	fmt.Printf("%T %T\n", &store, &p)

	lazyLen := sync.OnceValue(func() int { return len(strings.Repeat("ab", 21)) })
	fmt.Println("lazy:", lazyLen(), lazyLen())
}
