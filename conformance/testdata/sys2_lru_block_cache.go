package main

import (
	"container/list"
	"fmt"
	"strings"
)

const blockSize = 8

// disk is a slow backing store; costs are counted in simulated microseconds.
type disk struct {
	blocks        map[int][]byte
	reads, writes int
	cost          int
}

func (d *disk) read(n int) []byte {
	d.reads++
	d.cost += 100
	b := make([]byte, blockSize)
	copy(b, d.blocks[n])
	return b
}

func (d *disk) write(n int, b []byte) {
	d.writes++
	d.cost += 150
	d.blocks[n] = append([]byte(nil), b...)
}

type cached struct {
	block int
	data  []byte
	dirty bool
}

// Cache is a write-back LRU cache in front of the disk.
type Cache struct {
	cap                              int
	order                            *list.List // front = most recently used
	items                            map[int]*list.Element
	d                                *disk
	hits, misses, evicts, writebacks int
}

func NewCache(capacity int, d *disk) *Cache {
	return &Cache{cap: capacity, order: list.New(), items: map[int]*list.Element{}, d: d}
}

func (c *Cache) lookup(n int) *cached {
	if e, ok := c.items[n]; ok {
		c.hits++
		c.d.cost++
		c.order.MoveToFront(e)
		return e.Value.(*cached)
	}
	c.misses++
	if c.order.Len() == c.cap {
		oldest := c.order.Back()
		victim := c.order.Remove(oldest).(*cached)
		delete(c.items, victim.block)
		c.evicts++
		if victim.dirty {
			c.writebacks++
			c.d.write(victim.block, victim.data)
		}
	}
	entry := &cached{block: n, data: c.d.read(n)}
	c.items[n] = c.order.PushFront(entry)
	return entry
}

func (c *Cache) Read(n int) string { return strings.TrimRight(string(c.lookup(n).data), "\x00") }

func (c *Cache) Write(n int, s string) {
	e := c.lookup(n)
	clear(e.data)
	copy(e.data, s)
	e.dirty = true
}

// Sync flushes dirty blocks, least recently used first.
func (c *Cache) Sync() int {
	flushed := 0
	for e := c.order.Back(); e != nil; e = e.Prev() {
		if b := e.Value.(*cached); b.dirty {
			c.d.write(b.block, b.data)
			b.dirty = false
			flushed++
		}
	}
	return flushed
}

func (c *Cache) String() string {
	var parts []string
	for e := c.order.Front(); e != nil; e = e.Next() {
		b := e.Value.(*cached)
		mark := ""
		if b.dirty {
			mark = "*"
		}
		parts = append(parts, fmt.Sprintf("%d%s", b.block, mark))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	d := &disk{blocks: map[int][]byte{}}
	for i := range 10 {
		d.blocks[i] = []byte(fmt.Sprintf("blk%d", i))
	}
	c := NewCache(4, d)
	ops := []string{"r1", "r2", "r3", "r1", "w2=two", "r4", "r5", "r1", "w6=six", "r2", "r3", "w1=ONE", "r6", "r7"}
	for _, op := range ops {
		n := int(op[1] - '0')
		result := ""
		if op[0] == 'r' {
			result = c.Read(n)
		} else {
			c.Write(n, op[3:])
		}
		fmt.Printf("%-7s %-6s cache=%s\n", op, result, c)
	}
	fmt.Printf("hits=%d misses=%d evictions=%d writebacks=%d hit ratio=%.1f%%\n",
		c.hits, c.misses, c.evicts, c.writebacks, 100*float64(c.hits)/float64(c.hits+c.misses))
	fmt.Println("sync flushed", c.Sync(), "blocks; cache now", c)
	fmt.Printf("disk reads=%d writes=%d simulated cost=%dus\n", d.reads, d.writes, d.cost)
	for _, n := range []int{1, 2, 6} {
		fmt.Printf("disk block %d = %q\n", n, strings.TrimRight(string(d.blocks[n]), "\x00"))
	}
}
