// Lab 4b: atomic.Value holding an immutable configuration.
// A writer publishes new versions between phases; readers always see a
// complete config (never half-updated). Readers record what they saw per id.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version  int
	Workers  int
	Prefix   string
	Features []string
}

func (c *Config) String() string {
	return fmt.Sprintf("v%d workers=%d prefix=%q features=[%s]",
		c.Version, c.Workers, c.Prefix, strings.Join(c.Features, ","))
}

type Store struct {
	v atomic.Value
}

func (s *Store) Load() *Config     { return s.v.Load().(*Config) }
func (s *Store) Publish(c *Config) { s.v.Store(c) }

// Update copies the current config, modifies the copy and publishes it.
func (s *Store) Update(edit func(*Config)) *Config {
	old := s.Load()
	next := *old
	next.Features = append([]string(nil), old.Features...)
	next.Version = old.Version + 1
	edit(&next)
	s.Publish(&next)
	return &next
}

func main() {
	var store Store
	store.Publish(&Config{Version: 1, Workers: 2, Prefix: "job", Features: []string{"log"}})

	edits := []func(*Config){
		func(c *Config) { c.Workers = 4 },
		func(c *Config) { c.Features = append(c.Features, "trace") },
		func(c *Config) { c.Prefix = "task"; c.Workers = 8 },
	}

	const readers = 5
	for phase := 0; phase <= len(edits); phase++ {
		cfg := store.Load()
		fmt.Println("phase", phase, "->", cfg)

		seen := make([]string, readers)
		var wg sync.WaitGroup
		for r := 0; r < readers; r++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c := store.Load()
				names := make([]string, 0, c.Workers)
				for i := 0; i < c.Workers; i += 2 {
					names = append(names, fmt.Sprintf("%s-%d-%d", c.Prefix, r, i))
				}
				seen[r] = fmt.Sprintf("reader %d saw v%d: %s", r, c.Version, strings.Join(names, " "))
			}()
		}
		wg.Wait()
		if phase%2 == 0 {
			for _, line := range seen {
				fmt.Println("  " + line)
			}
		}

		if phase < len(edits) {
			store.Update(edits[phase])
		}
	}

	// Concurrent updates: each goroutine adds one feature; with a CAS-free
	// Update they could lose writes, so we serialise updates with a mutex.
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			store.Update(func(c *Config) { c.Features = append(c.Features, fmt.Sprintf("f%d", i)) })
		}()
	}
	wg.Wait()
	final := store.Load()
	feats := append([]string(nil), final.Features...)
	sort.Strings(feats)
	fmt.Printf("final version %d, %d features: %s\n", final.Version, len(feats), strings.Join(feats, " "))
}
