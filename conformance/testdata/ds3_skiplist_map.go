package main

import (
	"cmp"
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
)

const maxLevel = 8

type slNode[K cmp.Ordered, V any] struct {
	key  K
	val  V
	next [maxLevel]*slNode[K, V]
}

type SkipList[K cmp.Ordered, V any] struct {
	head  slNode[K, V]
	level int
	size  int
	rng   *rand.Rand
}

func NewSkipList[K cmp.Ordered, V any](seed uint64) *SkipList[K, V] {
	return &SkipList[K, V]{level: 1, rng: rand.New(rand.NewPCG(seed, 2))}
}

func (s *SkipList[K, V]) Len() int { return s.size }

func (s *SkipList[K, V]) path(k K) (update [maxLevel]*slNode[K, V]) {
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
		update[i] = x
	}
	return update
}

func (s *SkipList[K, V]) Put(k K, v V) {
	update := s.path(k)
	if n := update[0].next[0]; n != nil && n.key == k {
		n.val = v
		return
	}
	lvl := 1
	for lvl < maxLevel && s.rng.IntN(2) == 0 {
		lvl++
	}
	for i := s.level; i < lvl; i++ {
		update[i] = &s.head
	}
	s.level = max(s.level, lvl)
	n := &slNode[K, V]{key: k, val: v}
	for i := range lvl {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.size++
}

func (s *SkipList[K, V]) Get(k K) (V, bool) {
	if n := s.path(k)[0].next[0]; n != nil && n.key == k {
		return n.val, true
	}
	var zero V
	return zero, false
}

func (s *SkipList[K, V]) Remove(k K) bool {
	update := s.path(k)
	n := update[0].next[0]
	if n == nil || n.key != k {
		return false
	}
	for i := range s.level {
		if update[i].next[i] == n {
			update[i].next[i] = n.next[i]
		}
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
	var parts []string
	for k, v := range s.All() {
		parts = append(parts, fmt.Sprintf("%v:%v", k, v))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	sl := NewSkipList[int, string](7)
	for _, k := range []int{50, 20, 80, 10, 30, 70, 90, 60, 40} {
		sl.Put(k, fmt.Sprintf("v%d", k))
	}
	fmt.Println(sl, "len", sl.Len())
	sl.Put(30, "thirty")
	for _, k := range []int{30, 35, 90} {
		v, ok := sl.Get(k)
		fmt.Printf("get %d -> %q %t\n", k, v, ok)
	}
	fmt.Println("remove 50:", sl.Remove(50), "remove 55:", sl.Remove(55))
	fmt.Println(sl, "len", sl.Len())

	words := NewSkipList[string, int](1)
	for _, w := range strings.Fields("the cat sat on the mat and the cat ran") {
		c, _ := words.Get(w)
		words.Put(w, c+1)
	}
	for w, c := range words.All() {
		fmt.Printf("%-4s %d\n", w, c)
	}
}
