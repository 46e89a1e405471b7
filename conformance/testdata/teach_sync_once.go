package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

// Config is expensive to build, so we build it lazily exactly once.
type Config struct {
	Workers int
	Name    string
}

func (c *Config) String() string { return fmt.Sprintf("Config{%s, workers=%d}", c.Name, c.Workers) }

var (
	cfgOnce   sync.Once
	cfg       *Config
	initCalls atomic.Int32
)

func getConfig() *Config {
	cfgOnce.Do(func() {
		initCalls.Add(1)
		cfg = &Config{Workers: 4, Name: "cluster"}
	})
	return cfg
}

func main() {
	fmt.Println("== sync.Once: many callers, one initialization ==")
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[string]int{}
	for range 16 {
		wg.Go(func() {
			c := getConfig()
			mu.Lock()
			seen[c.String()]++
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("init function ran:", initCalls.Load(), "time(s)")
	keys := make([]string, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s observed by %d goroutines\n", k, seen[k])
	}

	fmt.Println()
	fmt.Println("== sync.OnceValue: the same idea returning a value ==")
	var computed atomic.Int32
	table := sync.OnceValue(func() []int {
		computed.Add(1)
		sq := make([]int, 6)
		for i := range sq {
			sq[i] = i * i
		}
		return sq
	})
	sums := make([]int, 8)
	for i := range sums {
		wg.Go(func() {
			s := 0
			for _, v := range table() {
				s += v
			}
			sums[i] = s
		})
	}
	wg.Wait()
	fmt.Println("table computed:", computed.Load(), "time(s)")
	fmt.Println("every goroutine's sum:", sums)
	fmt.Println("the happens-before edge from Do means readers see cfg fully built")
}
