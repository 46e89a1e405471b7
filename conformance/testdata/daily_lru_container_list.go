package main

import (
	"container/list"
	"fmt"
	"strings"
)

type pair struct {
	key   string
	value int
}

type LRU struct {
	cap     int
	ll      *list.List
	items   map[string]*list.Element
	onEvict func(string, int)
}

func NewLRU(capacity int, onEvict func(string, int)) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: map[string]*list.Element{}, onEvict: onEvict}
}

func (c *LRU) Get(key string) (int, bool) {
	if e, ok := c.items[key]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*pair).value, true
	}
	return 0, false
}

func (c *LRU) Put(key string, value int) {
	if e, ok := c.items[key]; ok {
		e.Value.(*pair).value = value
		c.ll.MoveToFront(e)
		return
	}
	c.items[key] = c.ll.PushFront(&pair{key, value})
	if c.ll.Len() > c.cap {
		oldest := c.ll.Back()
		p := c.ll.Remove(oldest).(*pair)
		delete(c.items, p.key)
		if c.onEvict != nil {
			c.onEvict(p.key, p.value)
		}
	}
}

func (c *LRU) Keys() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		p := e.Value.(*pair)
		parts = append(parts, fmt.Sprintf("%s=%d", p.key, p.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s:%d", k, v)) })

	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println("after a,b,c:", c.Keys())
	v, ok := c.Get("a")
	fmt.Println("get a:", v, ok, c.Keys())
	c.Put("d", 4)
	fmt.Println("put d:", c.Keys(), "evicted:", evicted)
	c.Put("c", 30)
	fmt.Println("update c:", c.Keys())
	_, ok = c.Get("b")
	fmt.Println("get b (evicted):", ok)
	for i, k := range []string{"e", "f", "a", "g"} {
		c.Put(k, 100+i)
	}
	fmt.Println("final:", c.Keys(), "len:", c.ll.Len(), len(c.items))
	fmt.Println("evicted order:", evicted)

	back := []string{}
	for e := c.ll.Back(); e != nil; e = e.Prev() {
		back = append(back, e.Value.(*pair).key)
	}
	fmt.Println("oldest first:", back)
}
