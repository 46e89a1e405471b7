package main

import (
	"container/list"
	"fmt"
	"strconv"
	"strings"
)

type Session struct {
	ID     string
	UserID int
	Cart   []string
}

type entry struct {
	key string
	val *Session
}

// LRU is a fixed-capacity cache; the front of the list is most recently used.
type LRU struct {
	cap       int
	ll        *list.List
	items     map[string]*list.Element
	hits      int
	misses    int
	OnEvicted func(key string, s *Session)
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(key string) (*Session, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).val, true
	}
	c.misses++
	return nil, false
}

func (c *LRU) Put(key string, s *Session) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).val = s
		c.ll.MoveToFront(el)
		return
	}
	c.items[key] = c.ll.PushFront(&entry{key, s})
	if c.ll.Len() > c.cap {
		oldest := c.ll.Back()
		c.ll.Remove(oldest)
		e := oldest.Value.(*entry)
		delete(c.items, e.key)
		if c.OnEvicted != nil {
			c.OnEvicted(e.key, e.val)
		}
	}
}

func (c *LRU) Delete(key string) bool {
	el, ok := c.items[key]
	if ok {
		c.ll.Remove(el)
		delete(c.items, key)
	}
	return ok
}

func (c *LRU) Keys() []string {
	keys := make([]string, 0, c.ll.Len())
	for el := c.ll.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry).key)
	}
	return keys
}

func main() {
	cache := NewLRU(3)
	var persisted []string
	cache.OnEvicted = func(key string, s *Session) {
		persisted = append(persisted, fmt.Sprintf("%s(user=%d cart=%d)", key, s.UserID, len(s.Cart)))
	}

	ops := []string{
		"put s1 1", "put s2 2", "put s3 3", "get s1", "add s1 book",
		"put s4 4", "get s2", "add s3 pen", "add s3 ink", "put s5 5",
		"get s4", "del s3", "put s6 6", "get s1", "add s1 lamp",
	}
	for _, op := range ops {
		f := strings.Fields(op)
		result := ""
		switch f[0] {
		case "put":
			uid, _ := strconv.Atoi(f[2])
			cache.Put(f[1], &Session{ID: f[1], UserID: uid})
			result = "stored"
		case "get":
			if s, ok := cache.Get(f[1]); ok {
				result = fmt.Sprintf("hit user=%d cart=%v", s.UserID, s.Cart)
			} else {
				result = "miss"
			}
		case "add":
			if s, ok := cache.Get(f[1]); ok {
				s.Cart = append(s.Cart, f[2])
				result = fmt.Sprintf("cart=%v", s.Cart)
			} else {
				result = "session expired, login required"
			}
		case "del":
			result = fmt.Sprintf("deleted=%v", cache.Delete(f[1]))
		}
		fmt.Printf("%-12s -> %-32s order=%v\n", op, result, cache.Keys())
	}
	fmt.Println("evicted:", strings.Join(persisted, ", "))
	fmt.Printf("hits=%d misses=%d hit-rate=%.1f%%\n", cache.hits, cache.misses,
		100*float64(cache.hits)/float64(cache.hits+cache.misses))
}
