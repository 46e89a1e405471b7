package main

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
)

type Shard struct {
	ID   int
	Keys []string
}

type Router struct {
	shards []*Shard
}

func NewRouter(n int) *Router {
	r := &Router{}
	for i := range n {
		r.shards = append(r.shards, &Shard{ID: i})
	}
	return r
}

func hashKey(key string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32()
}

func (r *Router) Route(key string) *Shard {
	return r.shards[hashKey(key)%uint32(len(r.shards))]
}

func (r *Router) Add(key string) {
	s := r.Route(key)
	s.Keys = append(s.Keys, key)
}

func (s Shard) String() string {
	return fmt.Sprintf("shard-%d[%d]: %s", s.ID, len(s.Keys), strings.Join(s.Keys, ","))
}

func main() {
	keys := []string{"alice", "bob", "carol", "dave", "eve", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar"}

	fmt.Println("fnv hashes:")
	for _, k := range keys[:5] {
		h32 := fnv.New32a()
		h32.Write([]byte(k))
		h64 := fnv.New64a()
		h64.Write([]byte(k))
		fmt.Printf("  %-6s 32a=%08x 64a=%016x\n", k, h32.Sum32(), h64.Sum64())
	}

	r := NewRouter(4)
	for _, k := range keys {
		r.Add(k)
	}
	for _, s := range r.shards {
		fmt.Println(s)
	}

	// How many keys move when we grow from 4 to 5 shards with modulo hashing?
	moved := 0
	for _, k := range keys {
		before := hashKey(k) % 4
		after := hashKey(k) % 5
		if before != after {
			moved++
		}
	}
	fmt.Printf("resharding 4->5 moves %d of %d keys\n", moved, len(keys))

	// Stable bucket ordering: sort keys by hash.
	sorted := slices.Clone(keys)
	slices.SortFunc(sorted, func(a, b string) int {
		ha, hb := hashKey(a), hashKey(b)
		switch {
		case ha < hb:
			return -1
		case ha > hb:
			return 1
		}
		return 0
	})
	fmt.Println("by hash:", sorted)

	h := fnv.New64()
	fmt.Fprintf(h, "%s|%d", "composite", 42)
	fmt.Printf("fnv64 (non-a) of composite key: %x\n", h.Sum(nil))
}
