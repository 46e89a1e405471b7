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
	Checksum int
	Tags     []string
}

func newConfig(version int) *Config {
	c := &Config{Version: version, Workers: version*2 + 1}
	c.Checksum = c.Version*31 + c.Workers
	return c
}

func (c *Config) Valid() bool { return c.Checksum == c.Version*31+c.Workers }

func main() {
	var current atomic.Pointer[Config]
	fmt.Println("initially nil:", current.Load() == nil)
	current.Store(newConfig(0))

	// Phase 1: a writer publishes new snapshots while readers check them.
	var reads, invalid atomic.Int64
	var wg sync.WaitGroup
	for r := 0; r < 4; r++ {
		wg.Go(func() {
			last := -1
			for i := 0; i < 500; i++ {
				c := current.Load()
				reads.Add(1)
				if !c.Valid() || c.Version < last {
					invalid.Add(1)
				}
				last = c.Version
			}
		})
	}
	wg.Go(func() {
		for v := 1; v <= 10; v++ {
			current.Store(newConfig(v))
		}
	})
	wg.Wait()
	fmt.Println("reads:", reads.Load(), "invalid or out-of-order:", invalid.Load())
	fmt.Printf("after publishing: %+v\n", *current.Load())

	// Phase 2: copy-on-write updates with a CompareAndSwap retry loop.
	names := []string{"red", "green", "blue", "cyan", "magenta", "yellow", "black"}
	for _, n := range names {
		wg.Go(func() {
			for {
				old := current.Load()
				next := &Config{Version: old.Version + 1, Workers: old.Workers}
				next.Checksum = next.Version*31 + next.Workers
				next.Tags = append(append([]string(nil), old.Tags...), n)
				if current.CompareAndSwap(old, next) {
					return
				}
			}
		})
	}
	wg.Wait()
	final := current.Load()
	tags := append([]string(nil), final.Tags...)
	sort.Strings(tags)
	fmt.Println("final version:", final.Version, "valid:", final.Valid())
	fmt.Println("tags:", strings.Join(tags, ","))
	for _, n := range names {
		idx := sort.SearchStrings(tags, n)
		fmt.Printf("  tag %-8s sorted position %d\n", n, idx)
	}

	// Phase 3: atomic maximum and swap with atomic.Int64.
	var best atomic.Int64
	best.Store(-1)
	values := []int64{17, 4, 93, 55, 12, 93, 8, 61, 70, 2}
	for _, v := range values {
		wg.Go(func() {
			for {
				cur := best.Load()
				if v <= cur || best.CompareAndSwap(cur, v) {
					return
				}
			}
		})
	}
	wg.Wait()
	fmt.Println("max value:", best.Load())
	old := best.Swap(0)
	fmt.Println("swapped out:", old, "now:", best.Load())

	var counter atomic.Int64
	for i := 1; i <= 20; i++ {
		wg.Go(func() { counter.Add(int64(i)) })
	}
	wg.Wait()
	fmt.Println("sum 1..20:", counter.Load())
	var flag atomic.Bool
	fmt.Println("first CAS on bool:", flag.CompareAndSwap(false, true))
	fmt.Println("second CAS on bool:", flag.CompareAndSwap(false, true))
}
