package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Workers int
	Tags    []string
}

var current atomic.Pointer[Config]

// updateConfig publishes a new immutable Config using a CAS loop.
func updateConfig(tag string) {
	for {
		old := current.Load()
		next := &Config{
			Version: old.Version + 1,
			Workers: old.Workers,
			Tags:    append(slices.Clone(old.Tags), tag),
		}
		if current.CompareAndSwap(old, next) {
			return
		}
	}
}

func storeMax(m *atomic.Int64, v int64) {
	for {
		cur := m.Load()
		if v <= cur || m.CompareAndSwap(cur, v) {
			return
		}
	}
}

func storeMin(m *atomic.Int64, v int64) {
	for {
		cur := m.Load()
		if v >= cur || m.CompareAndSwap(cur, v) {
			return
		}
	}
}

func main() {
	current.Store(&Config{Version: 1, Workers: 8})

	var (
		hits    atomic.Int64
		sum     atomic.Int64
		maxSeen atomic.Int64
		minSeen atomic.Int64
		evens   atomic.Uint32
		started atomic.Bool
		wg      sync.WaitGroup
	)
	minSeen.Store(1 << 62)

	const goroutines = 8
	const perG = 1000
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			started.Store(true)
			for i := 0; i < perG; i++ {
				hits.Add(1)
				v := int64(id*perG+i) * 7919 % 100003
				sum.Add(v)
				if v%2 == 0 {
					evens.Add(1)
				}
				storeMax(&maxSeen, v)
				storeMin(&minSeen, v)
			}
			updateConfig(fmt.Sprintf("worker-%d", id))
		}(g)
	}
	wg.Wait()

	fmt.Println("started:", started.Load())
	fmt.Println("hits:", hits.Load())
	fmt.Println("sum:", sum.Load())
	fmt.Println("evens:", evens.Load())
	fmt.Println("max:", maxSeen.Load())
	fmt.Println("min:", minSeen.Load())

	cfg := current.Load()
	tags := slices.Clone(cfg.Tags)
	slices.Sort(tags)
	fmt.Printf("config version: %d (workers=%d)\n", cfg.Version, cfg.Workers)
	fmt.Printf("tag count: %d\n", len(tags))
	for _, t := range tags {
		fmt.Println("  tag", t)
	}

	old := current.Swap(&Config{Version: 100, Workers: 2})
	fmt.Printf("swapped out version %d, now %d\n", old.Version, current.Load().Version)
	fmt.Println("stale CAS succeeds:", current.CompareAndSwap(old, &Config{}))
}
