package main

import (
	"fmt"
	"strconv"
	"strings"
)

type dnode[K comparable, V any] struct {
	key        K
	val        V
	prev, next *dnode[K, V]
}

type DList[K comparable, V any] struct {
	root dnode[K, V]
	n    int
}

func (l *DList[K, V]) init() {
	if l.root.next == nil {
		l.root.next = &l.root
		l.root.prev = &l.root
	}
}

func (l *DList[K, V]) Len() int { return l.n }

func (l *DList[K, V]) PushFront(n *dnode[K, V]) {
	l.init()
	n.prev = &l.root
	n.next = l.root.next
	l.root.next.prev = n
	l.root.next = n
	l.n++
}

func (l *DList[K, V]) Remove(n *dnode[K, V]) {
	n.prev.next = n.next
	n.next.prev = n.prev
	n.prev, n.next = nil, nil
	l.n--
}

func (l *DList[K, V]) Back() *dnode[K, V] {
	if l.n == 0 {
		return nil
	}
	return l.root.prev
}

type LRU[K comparable, V any] struct {
	cap   int
	items map[K]*dnode[K, V]
	order DList[K, V]
	hits  int
	miss  int
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, items: make(map[K]*dnode[K, V])}
}

func (c *LRU[K, V]) Len() int { return c.order.Len() }

func (c *LRU[K, V]) Get(k K) (V, bool) {
	n, ok := c.items[k]
	if !ok {
		c.miss++
		var zero V
		return zero, false
	}
	c.hits++
	c.order.Remove(n)
	c.order.PushFront(n)
	return n.val, true
}

func (c *LRU[K, V]) Put(k K, v V) (evicted K, didEvict bool) {
	if n, ok := c.items[k]; ok {
		n.val = v
		c.order.Remove(n)
		c.order.PushFront(n)
		return evicted, false
	}
	if c.order.Len() >= c.cap {
		old := c.order.Back()
		c.order.Remove(old)
		delete(c.items, old.key)
		evicted, didEvict = old.key, true
	}
	n := &dnode[K, V]{key: k, val: v}
	c.order.PushFront(n)
	c.items[k] = n
	return evicted, didEvict
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for n := c.order.root.next; n != nil && n != &c.order.root; n = n.next {
		parts = append(parts, fmt.Sprintf("%v=%v", n.key, n.val))
	}
	return fmt.Sprintf("LRU(%d/%d)[%s]", c.Len(), c.cap, strings.Join(parts, " "))
}

func main() {
	cache := NewLRU[string, int](3)
	ops := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d", "get a"}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			v, err := strconv.Atoi(f[2])
			if err != nil {
				fmt.Println("bad value:", err)
				continue
			}
			if k, ok := cache.Put(f[1], v); ok {
				fmt.Printf("%-9s evicted %s\n", op, k)
			} else {
				fmt.Println(op)
			}
		case "get":
			v, ok := cache.Get(f[1])
			fmt.Printf("%-9s -> %d %t\n", op, v, ok)
		}
		fmt.Println("   ", cache)
	}
	fmt.Printf("hits=%d misses=%d\n", cache.hits, cache.miss)
}
