package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"sync"
)

const shardCount = 4

type shard struct {
	mu   sync.RWMutex
	data map[string]int
}

type Store struct {
	shards [shardCount]*shard
}

func NewStore() *Store {
	s := &Store{}
	for i := range s.shards {
		s.shards[i] = &shard{data: make(map[string]int)}
	}
	return s
}

func (s *Store) shardFor(key string) *shard {
	h := fnv.New32a()
	h.Write([]byte(key))
	return s.shards[h.Sum32()%shardCount]
}

func (s *Store) Add(key string, delta int) {
	sh := s.shardFor(key)
	sh.mu.Lock()
	sh.data[key] += delta
	sh.mu.Unlock()
}

func (s *Store) Get(key string) (int, bool) {
	sh := s.shardFor(key)
	sh.mu.RLock()
	defer sh.mu.RUnlock()
	v, ok := sh.data[key]
	return v, ok
}

// Snapshot locks all shards in index order and copies them.
func (s *Store) Snapshot() map[string]int {
	for _, sh := range s.shards {
		sh.mu.RLock()
	}
	out := make(map[string]int)
	for _, sh := range s.shards {
		for k, v := range sh.data {
			out[k] = v
		}
	}
	for i := len(s.shards) - 1; i >= 0; i-- {
		s.shards[i].mu.RUnlock()
	}
	return out
}

func main() {
	st := NewStore()
	keys := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta"}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 100 {
				st.Add(keys[(g+i)%len(keys)], 1+g%2)
			}
		}()
	}
	wg.Wait()
	snap := st.Snapshot()
	names := make([]string, 0, len(snap))
	total := 0
	for k, v := range snap {
		names = append(names, k)
		total += v
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("%-8s %d\n", k, snap[k])
	}
	_, ok := st.Get("omega")
	fmt.Println("total:", total, "omega present:", ok)
}
