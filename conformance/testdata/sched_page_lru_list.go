package main

import (
	"container/list"
	"fmt"
)

// LRUCache models physical memory with least-recently-used replacement.
// The front of the list is the most recently used page.
type LRUCache struct {
	capacity int
	order    *list.List
	where    map[int]*list.Element
	hits     int
	misses   int
	evicted  []int
}

func NewLRU(capacity int) *LRUCache {
	return &LRUCache{capacity: capacity, order: list.New(), where: map[int]*list.Element{}}
}

func (c *LRUCache) Touch(page int) bool {
	if e, ok := c.where[page]; ok {
		c.order.MoveToFront(e)
		c.hits++
		return true
	}
	c.misses++
	if c.order.Len() == c.capacity {
		last := c.order.Back()
		victim := c.order.Remove(last).(int)
		delete(c.where, victim)
		c.evicted = append(c.evicted, victim)
	}
	c.where[page] = c.order.PushFront(page)
	return false
}

func (c *LRUCache) Stack() []int {
	var out []int
	for e := c.order.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value.(int))
	}
	return out
}

func main() {
	refs := []int{7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1}

	c := NewLRU(3)
	fmt.Printf("%-4s %-5s %-6s %v\n", "step", "page", "result", "MRU..LRU")
	for i, p := range refs {
		res := "miss"
		if c.Touch(p) {
			res = "hit"
		}
		fmt.Printf("%4d %5d %-6s %v\n", i+1, p, res, c.Stack())
	}
	fmt.Printf("hits=%d misses=%d evicted=%v\n", c.hits, c.misses, c.evicted)

	fmt.Println("fault curve:")
	for frames := 1; frames <= 6; frames++ {
		l := NewLRU(frames)
		for _, p := range refs {
			l.Touch(p)
		}
		bar := ""
		for range l.misses {
			bar += "#"
		}
		fmt.Printf("  %d frames %3d %s\n", frames, l.misses, bar)
	}
}
