package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"strings"
)

const maxLevel = 8

type slNode[K cmp.Ordered, V any] struct {
	key  K
	val  V
	next []*slNode[K, V]
}

type SkipList[K cmp.Ordered, V any] struct {
	head  *slNode[K, V]
	level int
	rng   *rand.Rand
	Len   int
}

func NewSkipList[K cmp.Ordered, V any](seed1, seed2 uint64) *SkipList[K, V] {
	head := &slNode[K, V]{next: make([]*slNode[K, V], maxLevel)}
	return &SkipList[K, V]{head: head, level: 1, rng: rand.New(rand.NewPCG(seed1, seed2))}
}

func (s *SkipList[K, V]) randomLevel() (l int) {
	for l = 1; l < maxLevel && s.rng.IntN(2) == 0; l++ {
	}
	return l
}

func (s *SkipList[K, V]) Put(k K, v V) {
	update := make([]*slNode[K, V], maxLevel)
	x := s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
		update[i] = x
	}
	if n := x.next[0]; n != nil && n.key == k {
		n.val = v
		return
	}
	lvl := s.randomLevel()
	for i := s.level; i < lvl; i++ {
		update[i] = s.head
	}
	s.level = max(s.level, lvl)
	n := &slNode[K, V]{key: k, val: v, next: make([]*slNode[K, V], lvl)}
	for i := range lvl {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.Len++
}

func (s *SkipList[K, V]) Get(k K) (V, bool) {
	x := s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
	}
	if n := x.next[0]; n != nil && n.key == k {
		return n.val, true
	}
	return *new(V), false
}

func (s *SkipList[K, V]) String() string {
	var b strings.Builder
	for i := s.level - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "L%d:", i)
		for n := s.head.next[i]; n != nil; n = n.next[i] {
			fmt.Fprintf(&b, " %v", n.key)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	sl := NewSkipList[int, string](1, 2)
	for _, k := range []int{30, 10, 50, 20, 40, 70, 60, 90, 80, 15, 35} {
		sl.Put(k, fmt.Sprintf("v%d", k))
	}
	sl.Put(20, "twenty")
	fmt.Print(sl, "len: ", sl.Len, "\n")
	for _, k := range []int{20, 35, 36, 90, 5} {
		v, ok := sl.Get(k)
		fmt.Printf("get %d -> %q %t\n", k, v, ok)
	}
}
