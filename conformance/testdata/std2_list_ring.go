package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

// lru is a tiny least-recently-used cache built on container/list.
type lru struct {
	cap   int
	order *list.List
	items map[string]*list.Element
}

type entry struct {
	key   string
	value int
}

func newLRU(capacity int) *lru {
	return &lru{cap: capacity, order: list.New(), items: map[string]*list.Element{}}
}

func (c *lru) Get(key string) (int, bool) {
	if e, ok := c.items[key]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*entry).value, true
	}
	return 0, false
}

func (c *lru) Put(key string, value int) (evicted string) {
	if e, ok := c.items[key]; ok {
		e.Value.(*entry).value = value
		c.order.MoveToFront(e)
		return ""
	}
	c.items[key] = c.order.PushFront(&entry{key, value})
	if c.order.Len() > c.cap {
		last := c.order.Back()
		c.order.Remove(last)
		k := last.Value.(*entry).key
		delete(c.items, k)
		return k
	}
	return ""
}

func (c *lru) String() string {
	var parts []string
	for e := c.order.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s:%d", en.key, en.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func listString(l *list.List) string {
	var parts []string
	for e := l.Front(); e != nil; e = e.Next() {
		parts = append(parts, fmt.Sprint(e.Value))
	}
	return strings.Join(parts, " <-> ")
}

func main() {
	l := list.New()
	l.PushBack(2)
	l.PushBack(3)
	front := l.PushFront(1)
	l.InsertAfter(15, front)
	five := l.PushBack(5)
	l.InsertBefore(4, five)
	fmt.Println("list:", listString(l), "len", l.Len())
	l.MoveToBack(front)
	fmt.Println("moved 1 to back:", listString(l))
	for e := l.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%2 == 1 {
			l.Remove(e)
		}
		e = next
	}
	fmt.Println("odd removed:", listString(l))
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	fmt.Println("with other:", listString(l))

	cache := newLRU(3)
	ops := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "put c 30", "put e 5", "get d"}
	for _, op := range ops {
		var verb, key string
		var val int
		fmt.Sscan(op, &verb, &key, &val)
		switch verb {
		case "put":
			ev := cache.Put(key, val)
			fmt.Printf("%-9s -> %-22s evicted=%q\n", op, cache, ev)
		case "get":
			v, ok := cache.Get(key)
			fmt.Printf("%-9s -> %-22s value=%d ok=%v\n", op, cache, v, ok)
		}
	}

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	var vals []string
	r.Do(func(v any) { vals = append(vals, fmt.Sprint(v)) })
	fmt.Println("ring:", strings.Join(vals, ","))
	sum := 0
	r.Move(2).Do(func(v any) { sum += v.(int) })
	fmt.Println("ring sum:", sum, "value two steps ahead:", r.Move(2).Value, "prev:", r.Prev().Value)

	removed := r.Unlink(2)
	fmt.Println("unlinked len:", removed.Len(), "remaining len:", r.Len())

	// Josephus problem: every 3rd of 7 people is eliminated.
	people := ring.New(7)
	for i := 1; i <= 7; i++ {
		people.Value = i
		people = people.Next()
	}
	people = people.Prev()
	var order []int
	for people.Len() > 1 {
		people = people.Move(2)
		order = append(order, people.Unlink(1).Value.(int))
	}
	fmt.Println("josephus elimination:", order, "survivor:", people.Value)
}
