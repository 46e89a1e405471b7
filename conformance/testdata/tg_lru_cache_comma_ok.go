package main

import (
	"fmt"
	"strings"
)

// A small LRU cache backed by a map and a doubly linked list, exercising
// comma-ok forms: map index, type assertion and zero values for misses.

type entry struct {
	key        string
	val        any
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry // head = most recent
	hits, miss int
}

func NewLRU(n int) *LRU { return &LRU{cap: n, items: make(map[string]*entry)} }

func (c *LRU) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU) pushFront(e *entry) {
	e.next, c.head = c.head, e
	if e.next != nil {
		e.next.prev = e
	}
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU) Get(key string) (v any, ok bool) {
	var e *entry
	if e, ok = c.items[key]; !ok {
		c.miss++
		return nil, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU) Put(key string, val any) (evicted string) {
	if e, ok := c.items[key]; ok {
		e.val = val
		c.unlink(e)
		c.pushFront(e)
		return ""
	}
	if len(c.items) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		evicted = old.key
	}
	e := &entry{key: key, val: val}
	c.items[key] = e
	c.pushFront(e)
	return evicted
}

func (c *LRU) Keys() string {
	var ks []string
	for e := c.head; e != nil; e = e.next {
		ks = append(ks, e.key)
	}
	return "[" + strings.Join(ks, " ") + "]"
}

func main() {
	c := NewLRU(3)
	for _, k := range []string{"a", "b", "c"} {
		c.Put(k, len(k)*10)
	}
	c.Put("b", "bee")
	fmt.Println("order:", c.Keys())
	if ev := c.Put("d", 4.5); ev != "" {
		fmt.Println("evicted:", ev, "order:", c.Keys())
	}

	for _, k := range []string{"a", "b", "c", "d", "zz"} {
		v, ok := c.Get(k)
		n, isInt := v.(int)
		s, isStr := v.(string)
		fmt.Printf("get %-2s -> %-5v ok=%-5v int=%d(%v) str=%q(%v)\n", k, v, ok, n, isInt, s, isStr)
	}
	fmt.Println("order:", c.Keys(), "hits:", c.hits, "misses:", c.miss)

	// Assigning comma-ok results directly into map elements and struct fields.
	seen := map[string]bool{}
	var res struct {
		v  any
		ok bool
	}
	res.v, res.ok = c.Get("c")
	seen["c"] = res.ok
	_, seen["gone"] = c.Get("gone")
	fmt.Println("res:", res.v, res.ok, "seen c:", seen["c"], "seen gone:", seen["gone"], "len(seen):", len(seen))

	// Missing keys yield the zero value, which may be indistinguishable from a stored zero.
	counts := map[string]int{"zero": 0}
	z1 := counts["zero"]
	z2 := counts["absent"]
	_, has1 := counts["zero"]
	_, has2 := counts["absent"]
	fmt.Println("values:", z1, z2, "present:", has1, has2)

	// Swapping two map entries in one assignment.
	counts["x"], counts["y"] = 1, 2
	counts["x"], counts["y"] = counts["y"], counts["x"]
	fmt.Println("x:", counts["x"], "y:", counts["y"])
}
