package main

import (
	"fmt"
	"strings"
)

type entry struct {
	key, value int
	prev, next *entry
}

// LRUCache keeps the most recently used entry right after head.
type LRUCache struct {
	capacity   int
	items      map[int]*entry
	head, tail *entry
	hits, miss int
}

func NewLRU(capacity int) *LRUCache {
	head, tail := &entry{}, &entry{}
	head.next, tail.prev = tail, head
	return &LRUCache{capacity: capacity, items: make(map[int]*entry), head: head, tail: tail}
}

func (c *LRUCache) unlink(e *entry) {
	e.prev.next, e.next.prev = e.next, e.prev
}

func (c *LRUCache) pushFront(e *entry) {
	e.prev, e.next = c.head, c.head.next
	c.head.next.prev, c.head.next = e, e
}

func (c *LRUCache) Get(key int) (int, bool) {
	e, ok := c.items[key]
	if !ok {
		c.miss++
		return -1, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.value, true
}

func (c *LRUCache) Put(key, value int) (evicted int, didEvict bool) {
	if e, ok := c.items[key]; ok {
		e.value = value
		c.unlink(e)
		c.pushFront(e)
		return 0, false
	}
	if len(c.items) == c.capacity {
		lru := c.tail.prev
		c.unlink(lru)
		delete(c.items, lru.key)
		evicted, didEvict = lru.key, true
	}
	e := &entry{key: key, value: value}
	c.items[key] = e
	c.pushFront(e)
	return evicted, didEvict
}

func (c *LRUCache) String() string {
	var parts []string
	for e := c.head.next; e != c.tail; e = e.next {
		parts = append(parts, fmt.Sprintf("%d:%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

type op struct {
	kind       string
	key, value int
}

func main() {
	cache := NewLRU(3)
	ops := []op{
		{"put", 1, 10}, {"put", 2, 20}, {"put", 3, 30}, {"get", 1, 0},
		{"put", 4, 40}, {"get", 2, 0}, {"get", 3, 0}, {"put", 5, 50},
		{"put", 3, 33}, {"get", 1, 0}, {"get", 4, 0}, {"get", 5, 0},
		{"put", 6, 60}, {"get", 3, 0},
	}
	for i, o := range ops {
		switch o.kind {
		case "put":
			ev, did := cache.Put(o.key, o.value)
			msg := ""
			if did {
				msg = fmt.Sprintf(" (evicted %d)", ev)
			}
			fmt.Printf("%2d put(%d,%d)%s %v\n", i, o.key, o.value, msg, cache)
		case "get":
			v, ok := cache.Get(o.key)
			fmt.Printf("%2d get(%d)=%d hit=%v %v\n", i, o.key, v, ok, cache)
		}
	}
	fmt.Printf("hits=%d misses=%d ratio=%.2f\n", cache.hits, cache.miss, float64(cache.hits)/float64(cache.hits+cache.miss))
}
