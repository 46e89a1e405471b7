// Handout 20: a sharded concurrent map for word counting.
// Each word is hashed to one of several shards, each with its own mutex,
// so workers rarely contend on the same lock.
package main

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"sync"
)

type shard struct {
	mu     sync.Mutex
	counts map[string]int
}

type ShardedMap struct{ shards []*shard }

func NewShardedMap(n int) *ShardedMap {
	m := &ShardedMap{}
	for range n {
		m.shards = append(m.shards, &shard{counts: map[string]int{}})
	}
	return m
}

func (m *ShardedMap) shardFor(key string) *shard {
	h := fnv.New32a()
	h.Write([]byte(key))
	return m.shards[h.Sum32()%uint32(len(m.shards))]
}

func (m *ShardedMap) Add(key string, n int) {
	s := m.shardFor(key)
	s.mu.Lock()
	s.counts[key] += n
	s.mu.Unlock()
}

type WordCount struct {
	Word  string
	Count int
}

func (m *ShardedMap) Snapshot() []WordCount {
	var out []WordCount
	for _, s := range m.shards {
		s.mu.Lock()
		for w, c := range s.counts {
			out = append(out, WordCount{w, c})
		}
		s.mu.Unlock()
	}
	slices.SortFunc(out, func(a, b WordCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Word, b.Word))
	})
	return out
}

const corpus = `a lock protects shared state and a channel passes ownership
a goroutine is cheap but a lock is not free
share memory by communicating do not communicate by sharing memory
the channel and the lock are tools and the scheduler is the stage
a barrier waits for every worker and every worker waits for the barrier`

func main() {
	lines := strings.Split(corpus, "\n")
	m := NewShardedMap(4)
	var wg sync.WaitGroup
	for _, line := range lines {
		wg.Go(func() {
			for _, w := range strings.Fields(line) {
				m.Add(w, 1)
			}
		})
	}
	wg.Wait()

	snap := m.Snapshot()
	total := 0
	for _, wc := range snap {
		total += wc.Count
	}
	fmt.Printf("lines=%d distinct=%d total=%d\n", len(lines), len(snap), total)
	for _, wc := range snap[:20] {
		fmt.Printf("%-14s %-6s %d\n", wc.Word, strings.Repeat("#", wc.Count), wc.Count)
	}
	perShard := make([]int, len(m.shards))
	for i, s := range m.shards {
		perShard[i] = len(s.counts)
	}
	fmt.Println("distinct words per shard:", perShard)
}
