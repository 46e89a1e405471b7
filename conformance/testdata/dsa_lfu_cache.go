package main

import (
	"container/list"
	"fmt"
	"sort"
	"strings"
)

type lfuItem struct {
	key   string
	value int
	freq  int
}

// LFUCache evicts the least frequently used key, breaking ties by recency.
type LFUCache struct {
	capacity int
	minFreq  int
	items    map[string]*list.Element
	freqs    map[int]*list.List
}

func NewLFU(capacity int) *LFUCache {
	return &LFUCache{capacity: capacity, items: map[string]*list.Element{}, freqs: map[int]*list.List{}}
}

func (c *LFUCache) bump(el *list.Element) *list.Element {
	it := el.Value.(*lfuItem)
	old := c.freqs[it.freq]
	old.Remove(el)
	if old.Len() == 0 {
		delete(c.freqs, it.freq)
		if c.minFreq == it.freq {
			c.minFreq++
		}
	}
	it.freq++
	return c.listFor(it.freq).PushFront(it)
}

func (c *LFUCache) listFor(f int) *list.List {
	l, ok := c.freqs[f]
	if !ok {
		l = list.New()
		c.freqs[f] = l
	}
	return l
}

func (c *LFUCache) Get(key string) (int, bool) {
	el, ok := c.items[key]
	if !ok {
		return 0, false
	}
	c.items[key] = c.bump(el)
	return el.Value.(*lfuItem).value, true
}

func (c *LFUCache) Put(key string, value int) string {
	if el, ok := c.items[key]; ok {
		el.Value.(*lfuItem).value = value
		c.items[key] = c.bump(el)
		return ""
	}
	victim := ""
	if len(c.items) >= c.capacity {
		l := c.freqs[c.minFreq]
		back := l.Back()
		victim = back.Value.(*lfuItem).key
		l.Remove(back)
		if l.Len() == 0 {
			delete(c.freqs, c.minFreq)
		}
		delete(c.items, victim)
	}
	c.minFreq = 1
	c.items[key] = c.listFor(1).PushFront(&lfuItem{key: key, value: value, freq: 1})
	return victim
}

func (c *LFUCache) String() string {
	fs := make([]int, 0, len(c.freqs))
	for f := range c.freqs {
		fs = append(fs, f)
	}
	sort.Ints(fs)
	var sb strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&sb, " f%d:[", f)
		for e := c.freqs[f].Front(); e != nil; e = e.Next() {
			it := e.Value.(*lfuItem)
			if e != c.freqs[f].Front() {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%s=%d", it.key, it.value)
		}
		sb.WriteByte(']')
	}
	return fmt.Sprintf("min=%d%s", c.minFreq, sb.String())
}

func main() {
	c := NewLFU(3)
	script := []string{
		"put a 1", "put b 2", "put c 3", "get a", "get a", "get b",
		"put d 4", "get c", "get d", "put e 5", "get b", "get d",
		"put a 10", "put f 6", "get e", "get a",
	}
	for _, line := range script {
		var cmd, key string
		var val int
		fmt.Sscan(line, &cmd, &key, &val)
		switch cmd {
		case "put":
			if v := c.Put(key, val); v != "" {
				fmt.Printf("%-9s evict=%-2s %v\n", line, v, c)
			} else {
				fmt.Printf("%-9s          %v\n", line, c)
			}
		case "get":
			v, ok := c.Get(key)
			fmt.Printf("%-9s -> %2d %-5v %v\n", line, v, ok, c)
		}
	}
	fmt.Printf("final size=%d\n", len(c.items))
}
