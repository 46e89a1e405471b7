package main

import (
	"container/list"
	"errors"
	"fmt"
	"strings"
)

var ErrZeroCapacity = errors.New("lfu: capacity must be positive")

type entry[K comparable, V any] struct {
	key  K
	val  V
	freq int
}

// LFU evicts the least frequently used key; ties go to the least recently used.
// Every operation is O(1): each frequency has its own recency list.
type LFU[K comparable, V any] struct {
	cap     int
	items   map[K]*list.Element
	freqs   map[int]*list.List
	minFreq int
	evicted []K
}

func NewLFU[K comparable, V any](capacity int) (*LFU[K, V], error) {
	if capacity <= 0 {
		return nil, ErrZeroCapacity
	}
	return &LFU[K, V]{cap: capacity, items: map[K]*list.Element{}, freqs: map[int]*list.List{}}, nil
}

func (c *LFU[K, V]) bucket(f int) *list.List {
	l, ok := c.freqs[f]
	if !ok {
		l = list.New()
		c.freqs[f] = l
	}
	return l
}

func (c *LFU[K, V]) touch(el *list.Element) *list.Element {
	e := el.Value.(*entry[K, V])
	old := c.freqs[e.freq]
	old.Remove(el)
	if old.Len() == 0 {
		delete(c.freqs, e.freq)
		if c.minFreq == e.freq {
			c.minFreq++
		}
	}
	e.freq++
	nel := c.bucket(e.freq).PushFront(e)
	c.items[e.key] = nel
	return nel
}

func (c *LFU[K, V]) Get(key K) (V, bool) {
	el, ok := c.items[key]
	if !ok {
		var zero V
		return zero, false
	}
	return c.touch(el).Value.(*entry[K, V]).val, true
}

func (c *LFU[K, V]) Put(key K, val V) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry[K, V]).val = val
		c.touch(el)
		return
	}
	if len(c.items) == c.cap {
		l := c.freqs[c.minFreq]
		victim := l.Back()
		l.Remove(victim)
		if l.Len() == 0 {
			delete(c.freqs, c.minFreq)
		}
		k := victim.Value.(*entry[K, V]).key
		delete(c.items, k)
		c.evicted = append(c.evicted, k)
	}
	c.minFreq = 1
	c.items[key] = c.bucket(1).PushFront(&entry[K, V]{key: key, val: val, freq: 1})
}

func (c *LFU[K, V]) String() string {
	var sb strings.Builder
	sb.WriteString("{")
	maxF := 0
	for f := range c.freqs {
		maxF = max(maxF, f)
	}
	first := true
	for f := 1; f <= maxF; f++ {
		l, ok := c.freqs[f]
		if !ok {
			continue
		}
		if !first {
			sb.WriteString(" | ")
		}
		first = false
		fmt.Fprintf(&sb, "f%d:", f)
		for el := l.Front(); el != nil; el = el.Next() {
			e := el.Value.(*entry[K, V])
			fmt.Fprintf(&sb, " %v=%v", e.key, e.val)
		}
	}
	sb.WriteString("}")
	return sb.String()
}

func main() {
	if _, err := NewLFU[string, int](0); err != nil {
		fmt.Println("error:", err)
	}
	c, _ := NewLFU[string, int](3)
	steps := []string{"put a 1", "put b 2", "get a", "put c 3", "get b", "get b", "put d 4",
		"get c", "get a", "put e 5", "put a 10", "get d", "put f 6"}
	for _, s := range steps {
		var op, key string
		var val int
		fmt.Sscan(s, &op, &key, &val)
		if op == "put" {
			c.Put(key, val)
			fmt.Printf("%-9s -> %v\n", s, c)
		} else {
			v, ok := c.Get(key)
			fmt.Printf("%-9s = %d,%-5v %v\n", s, v, ok, c)
		}
	}
	fmt.Println("evicted in order:", c.evicted)
}
