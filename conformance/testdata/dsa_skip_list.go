package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

const maxLevel = 6

type slNode struct {
	key   int
	value string
	next  []*slNode
}

type SkipList struct {
	head  *slNode
	level int
	rng   *rand.Rand
	size  int
}

func NewSkipList(seed uint64) *SkipList {
	return &SkipList{
		head:  &slNode{next: make([]*slNode, maxLevel)},
		level: 1,
		rng:   rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
	}
}

func (s *SkipList) randomLevel() int {
	lvl := 1
	for lvl < maxLevel && s.rng.IntN(2) == 0 {
		lvl++
	}
	return lvl
}

func (s *SkipList) Put(key int, value string) {
	update := make([]*slNode, maxLevel)
	x := s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
		update[i] = x
	}
	if n := x.next[0]; n != nil && n.key == key {
		n.value = value
		return
	}
	lvl := s.randomLevel()
	for i := s.level; i < lvl; i++ {
		update[i] = s.head
	}
	s.level = max(s.level, lvl)
	n := &slNode{key: key, value: value, next: make([]*slNode, lvl)}
	for i := 0; i < lvl; i++ {
		n.next[i], update[i].next[i] = update[i].next[i], n
	}
	s.size++
}

func (s *SkipList) Get(key int) (string, int, bool) {
	x, steps := s.head, 0
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
			steps++
		}
	}
	if n := x.next[0]; n != nil && n.key == key {
		return n.value, steps, true
	}
	return "", steps, false
}

func (s *SkipList) Delete(key int) bool {
	x := s.head
	update := make([]*slNode, maxLevel)
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
		update[i] = x
	}
	target := x.next[0]
	if target == nil || target.key != key {
		return false
	}
	for i := range target.next {
		update[i].next[i] = target.next[i]
	}
	for s.level > 1 && s.head.next[s.level-1] == nil {
		s.level--
	}
	s.size--
	return true
}

func (s *SkipList) String() string {
	var sb strings.Builder
	for i := s.level - 1; i >= 0; i-- {
		fmt.Fprintf(&sb, "L%d:", i)
		for n := s.head.next[i]; n != nil; n = n.next[i] {
			fmt.Fprintf(&sb, " %d", n.key)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	s := NewSkipList(2024)
	keys := []int{30, 10, 50, 20, 70, 40, 60, 90, 80, 15, 35, 65}
	for _, k := range keys {
		s.Put(k, fmt.Sprintf("v%d", k))
	}
	fmt.Printf("size=%d levels=%d\n", s.size, s.level)
	fmt.Print(s)
	for _, k := range []int{15, 65, 90, 55} {
		v, steps, ok := s.Get(k)
		fmt.Printf("get(%2d) -> %-4q found=%-5t steps=%d\n", k, v, ok, steps)
	}
	s.Put(40, "forty")
	v, _, _ := s.Get(40)
	fmt.Printf("updated 40 -> %s\n", v)
	for _, k := range []int{10, 70, 100} {
		fmt.Printf("delete(%d) = %v\n", k, s.Delete(k))
	}
	fmt.Printf("size=%d\n", s.size)
	fmt.Print(s)
}
