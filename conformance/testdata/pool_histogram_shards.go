package main

import (
	"fmt"
	"strings"
	"sync"
)

// ShardedCounter spreads keys across several independently locked maps so
// that goroutines touching different shards do not contend.
type ShardedCounter struct {
	shards []shard
}

type shard struct {
	mu     sync.Mutex
	counts map[int]int
}

func NewShardedCounter(n int) *ShardedCounter {
	sc := &ShardedCounter{shards: make([]shard, n)}
	for i := range sc.shards {
		sc.shards[i].counts = make(map[int]int)
	}
	return sc
}

func (sc *ShardedCounter) Inc(key int) {
	s := &sc.shards[key%len(sc.shards)]
	s.mu.Lock()
	s.counts[key]++
	s.mu.Unlock()
}

func (sc *ShardedCounter) Snapshot(maxKey int) []int {
	out := make([]int, maxKey)
	for i := range sc.shards {
		s := &sc.shards[i]
		s.mu.Lock()
		for k, v := range s.counts {
			out[k] = v
		}
		s.mu.Unlock()
	}
	return out
}

func bucketOf(x, buckets int) int {
	// fold a hash-ish value into a bucket
	h := uint32(x) * 2654435761
	return int(h>>8) % buckets
}

func main() {
	const buckets = 10
	const workers = 5
	const perWorker = 20000

	hist := NewShardedCounter(4)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range perWorker {
				hist.Inc(bucketOf(w*perWorker+i, buckets))
			}
		})
	}
	wg.Wait()

	counts := hist.Snapshot(buckets)
	total, peak := 0, 0
	for _, c := range counts {
		total += c
		peak = max(peak, c)
	}

	fmt.Printf("%d samples in %d buckets\n", total, buckets)
	for b, c := range counts {
		bar := strings.Repeat("#", c*40/peak)
		fmt.Printf("bucket %d | %5d | %s\n", b, c, bar)
	}
	fmt.Printf("expected per bucket: %d\n", total/buckets)
	for i := range hist.shards {
		fmt.Printf("shard %d holds %d keys\n", i, len(hist.shards[i].counts))
	}
}
