package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter interface {
	Inc(worker int)
	Value() int64
}

type AtomicCounter struct{ n atomic.Int64 }

func (c *AtomicCounter) Inc(int)      { c.n.Add(1) }
func (c *AtomicCounter) Value() int64 { return c.n.Load() }

type MutexCounter struct {
	mu sync.Mutex
	n  int64
}

func (c *MutexCounter) Inc(int) {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *MutexCounter) Value() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

// ShardedCounter gives each worker its own slot; summing is done at the end.
type ShardedCounter struct{ shards []atomic.Int64 }

func NewSharded(n int) *ShardedCounter { return &ShardedCounter{shards: make([]atomic.Int64, n)} }

func (c *ShardedCounter) Inc(w int) { c.shards[w].Add(1) }
func (c *ShardedCounter) Value() int64 {
	var sum int64
	for i := range c.shards {
		sum += c.shards[i].Load()
	}
	return sum
}

func hammer(c Counter, workers, perWorker int) int64 {
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range perWorker {
				c.Inc(w)
			}
		}()
	}
	wg.Wait()
	return c.Value()
}

// atomicMax raises *m to v using a compare-and-swap loop.
func atomicMax(m *atomic.Int64, v int64) {
	for {
		cur := m.Load()
		if v <= cur || m.CompareAndSwap(cur, v) {
			return
		}
	}
}

func main() {
	const workers, perWorker = 8, 5000
	counters := []struct {
		name string
		c    Counter
	}{
		{"atomic", &AtomicCounter{}},
		{"mutex", &MutexCounter{}},
		{"sharded", NewSharded(workers)},
	}
	for _, ct := range counters {
		got := hammer(ct.c, workers, perWorker)
		fmt.Printf("%-8s counter = %6d (expected %d, ok=%v)\n", ct.name, got, workers*perWorker, got == workers*perWorker)
	}

	// Concurrent maximum and minimum of a deterministic data set.
	data := make([]int64, 1000)
	for i := range data {
		data[i] = int64((i*7919)%1009) - 500
	}
	var hi atomic.Int64
	hi.Store(-1 << 62)
	var seen atomic.Uint32
	var flag atomic.Bool
	var wg sync.WaitGroup
	for part := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, v := range data[part*250 : (part+1)*250] {
				atomicMax(&hi, v)
				seen.Add(1)
				if v == 0 {
					flag.Store(true)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Printf("max=%d seen=%d zero present=%v\n", hi.Load(), seen.Load(), flag.Load())

	// Swap returns the old value: handy for "take and reset" statistics.
	var requests atomic.Int64
	requests.Add(42)
	old := requests.Swap(0)
	fmt.Printf("drained %d requests, now %d\n", old, requests.Load())
}
