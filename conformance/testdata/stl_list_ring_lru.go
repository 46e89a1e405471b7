package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"strconv"
	"strings"
)

type entry struct {
	key   string
	value int
}

// LRU is a least-recently-used cache built on container/list.
type LRU struct {
	capacity int
	ll       *list.List
	items    map[string]*list.Element
	evicted  []string
}

func NewLRU(capacity int) *LRU {
	return &LRU{capacity: capacity, ll: list.New(), items: map[string]*list.Element{}}
}

func (c *LRU) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*entry).value, true
	}
	return 0, false
}

func (c *LRU) Put(key string, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	c.items[key] = c.ll.PushFront(&entry{key, value})
	if c.ll.Len() > c.capacity {
		oldest := c.ll.Back()
		e := c.ll.Remove(oldest).(*entry)
		delete(c.items, e.key)
		c.evicted = append(c.evicted, e.key)
	}
}

func (c *LRU) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s=%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func contents(l *list.List) string {
	var sb strings.Builder
	for el := l.Front(); el != nil; el = el.Next() {
		fmt.Fprint(&sb, el.Value, " ")
	}
	return strings.TrimSpace(sb.String())
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	fmt.Println("list:", contents(l), "len", l.Len())
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	fmt.Println("moved:", contents(l))
	l.Remove(e1)
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	fmt.Println("merged:", contents(l), "len", l.Len())
	var back []string
	for el := l.Back(); el != nil; el = el.Prev() {
		back = append(back, fmt.Sprint(el.Value))
	}
	fmt.Println("backwards:", strings.Join(back, ","))

	cache := NewLRU(3)
	ops := []string{"put a 1", "put b 2", "get a", "put c 3", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d"}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			v, _ := strconv.Atoi(f[2])
			cache.Put(f[1], v)
			fmt.Printf("%-9s -> %v\n", op, cache)
		case "get":
			v, ok := cache.Get(f[1])
			fmt.Printf("%-9s -> %v (value=%d hit=%v)\n", op, cache, v, ok)
		}
	}
	fmt.Println("evicted in order:", cache.evicted)

	r := ring.New(5)
	for i := range r.Len() {
		r.Value = i * i
		r = r.Next()
	}
	var vals []string
	r.Do(func(v any) { vals = append(vals, fmt.Sprint(v)) })
	fmt.Println("ring:", strings.Join(vals, " "), "len", r.Len())
	removed := r.Unlink(2)
	fmt.Println("unlinked", removed.Len(), "elements, ring now has", r.Len())

	servers := ring.New(3)
	for _, name := range []string{"alpha", "bravo", "charlie"} {
		servers.Value = name
		servers = servers.Next()
	}
	for req := range 7 {
		fmt.Printf("request %d -> %s\n", req, servers.Value)
		servers = servers.Next()
	}

	window := ring.New(3)
	for _, sample := range []float64{10, 20, 30, 40, 50} {
		window.Value = sample
		window = window.Next()
		sum, n := 0.0, 0
		window.Do(func(v any) {
			if v != nil {
				sum += v.(float64)
				n++
			}
		})
		fmt.Printf("sample %.0f moving avg %.2f over %d\n", sample, sum/float64(n), n)
	}
}
