// Lab 21: a concurrent counter map split into shards. Keys are assigned to a
// shard by FNV-1a hash, so goroutines touching different shards never contend.
package main

import (
	"fmt"
	"hash/fnv"
	"maps"
	"slices"
	"strings"
	"sync"
)

type shard struct {
	mu     sync.Mutex
	counts map[string]int
}

type ShardedCounter struct {
	shards []*shard
}

func NewShardedCounter(n int) *ShardedCounter {
	sc := &ShardedCounter{shards: make([]*shard, n)}
	for i := range sc.shards {
		sc.shards[i] = &shard{counts: make(map[string]int)}
	}
	return sc
}

func (sc *ShardedCounter) index(key string) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(len(sc.shards)))
}

func (sc *ShardedCounter) Add(key string, delta int) {
	s := sc.shards[sc.index(key)]
	s.mu.Lock()
	s.counts[key] += delta
	s.mu.Unlock()
}

func (sc *ShardedCounter) Get(key string) int {
	s := sc.shards[sc.index(key)]
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counts[key]
}

// Snapshot copies all shards into one map.
func (sc *ShardedCounter) Snapshot() map[string]int {
	out := make(map[string]int)
	for _, s := range sc.shards {
		s.mu.Lock()
		maps.Copy(out, s.counts)
		s.mu.Unlock()
	}
	return out
}

func main() {
	sc := NewShardedCounter(4)
	keys := strings.Fields("red green blue cyan magenta yellow black white orange purple")

	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			for i := range 250 {
				sc.Add(keys[(w*3+i)%len(keys)], 1+i%3)
			}
		})
	}
	wg.Wait()

	snap := sc.Snapshot()
	total := 0
	for _, k := range slices.Sorted(maps.Keys(snap)) {
		fmt.Printf("%-8s shard=%d count=%d\n", k, sc.index(k), snap[k])
		total += snap[k]
	}
	perShard := make([]int, len(sc.shards))
	for i, s := range sc.shards {
		perShard[i] = len(s.counts)
	}
	fmt.Println("keys per shard:", perShard)
	fmt.Println("total:", total, "get(red):", sc.Get("red"), "get(none):", sc.Get("none"))
}
