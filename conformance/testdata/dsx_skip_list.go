package main

import (
	"cmp"
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
)

const maxLevel = 6

type slNode[K cmp.Ordered, V any] struct {
	key  K
	val  V
	next []*slNode[K, V]
}

type SkipList[K cmp.Ordered, V any] struct {
	head  *slNode[K, V]
	level int
	size  int
	rng   *rand.Rand
}

func NewSkipList[K cmp.Ordered, V any]() *SkipList[K, V] {
	return &SkipList[K, V]{
		head:  &slNode[K, V]{next: make([]*slNode[K, V], maxLevel)},
		level: 1,
		rng:   rand.New(rand.NewPCG(1, 2)),
	}
}

func (s *SkipList[K, V]) randomLevel() int {
	lvl := 1
	for lvl < maxLevel && s.rng.IntN(2) == 0 {
		lvl++
	}
	return lvl
}

// findPrev fills update with the rightmost node before key on each level.
func (s *SkipList[K, V]) findPrev(key K, update []*slNode[K, V]) *slNode[K, V] {
	x := s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
		update[i] = x
	}
	return x.next[0]
}

func (s *SkipList[K, V]) Put(key K, val V) {
	update := make([]*slNode[K, V], maxLevel)
	if n := s.findPrev(key, update); n != nil && n.key == key {
		n.val = val
		return
	}
	lvl := s.randomLevel()
	for i := s.level; i < lvl; i++ {
		update[i] = s.head
	}
	s.level = max(s.level, lvl)
	n := &slNode[K, V]{key: key, val: val, next: make([]*slNode[K, V], lvl)}
	for i := range lvl {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.size++
}

func (s *SkipList[K, V]) Get(key K) (V, bool) {
	update := make([]*slNode[K, V], maxLevel)
	if n := s.findPrev(key, update); n != nil && n.key == key {
		return n.val, true
	}
	var zero V
	return zero, false
}

func (s *SkipList[K, V]) Delete(key K) bool {
	update := make([]*slNode[K, V], maxLevel)
	n := s.findPrev(key, update)
	if n == nil || n.key != key {
		return false
	}
	for i := range n.next {
		update[i].next[i] = n.next[i]
	}
	for s.level > 1 && s.head.next[s.level-1] == nil {
		s.level--
	}
	s.size--
	return true
}

func (s *SkipList[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for n := s.head.next[0]; n != nil; n = n.next[0] {
			if !yield(n.key, n.val) {
				return
			}
		}
	}
}

func (s *SkipList[K, V]) String() string {
	var sb strings.Builder
	for i := s.level - 1; i >= 0; i-- {
		fmt.Fprintf(&sb, "L%d: head", i)
		for n := s.head.next[i]; n != nil; n = n.next[i] {
			fmt.Fprintf(&sb, " -> %v", n.key)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	sl := NewSkipList[int, string]()
	for _, k := range []int{30, 10, 50, 20, 40, 70, 60, 25, 5} {
		sl.Put(k, fmt.Sprintf("v%d", k))
	}
	sl.Put(20, "twenty")
	fmt.Printf("size=%d levels=%d\n%v", sl.size, sl.level, sl)
	for _, k := range []int{20, 35} {
		v, ok := sl.Get(k)
		fmt.Printf("get %d -> %q %v\n", k, v, ok)
	}
	fmt.Println("delete 30:", sl.Delete(30), "delete 99:", sl.Delete(99))
	fmt.Print(sl)
	var parts []string
	for k, v := range sl.All() {
		if k > 40 {
			break
		}
		parts = append(parts, fmt.Sprintf("%d=%s", k, v))
	}
	fmt.Println(strings.Join(parts, " "))
}
