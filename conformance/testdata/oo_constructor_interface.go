package main

import (
	"fmt"
	"sort"
	"strings"
)

// Cache is the only exported abstraction; implementations stay hidden.
type Cache interface {
	Set(key, value string)
	Get(key string) (string, bool)
	Len() int
	Kind() string
}

type lruCache struct {
	cap   int
	order []string
	data  map[string]string
}

func (c *lruCache) touch(key string) {
	for i, k := range c.order {
		if k == key {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
	c.order = append(c.order, key)
}

func (c *lruCache) Set(k, v string) {
	if _, ok := c.data[k]; !ok && len(c.data) == c.cap {
		oldest := c.order[0]
		c.order = c.order[1:]
		delete(c.data, oldest)
	}
	c.data[k] = v
	c.touch(k)
}

func (c *lruCache) Get(k string) (string, bool) {
	v, ok := c.data[k]
	if ok {
		c.touch(k)
	}
	return v, ok
}
func (c *lruCache) Len() int     { return len(c.data) }
func (c *lruCache) Kind() string { return fmt.Sprintf("lru(%d)", c.cap) }

type noCache struct{}

func (noCache) Set(string, string)        {}
func (noCache) Get(string) (string, bool) { return "", false }
func (noCache) Len() int                  { return 0 }
func (noCache) Kind() string              { return "none" }

type upperCache struct{ Cache }

func (u upperCache) Set(k, v string) { u.Cache.Set(strings.ToLower(k), v) }
func (u upperCache) Get(k string) (string, bool) {
	v, ok := u.Cache.Get(strings.ToLower(k))
	return strings.ToUpper(v), ok
}
func (u upperCache) Kind() string { return "ci+" + u.Cache.Kind() }

// NewCache is a factory returning the interface.
func NewCache(spec string) Cache {
	switch {
	case spec == "none":
		return noCache{}
	case strings.HasPrefix(spec, "ci:"):
		return upperCache{NewCache(strings.TrimPrefix(spec, "ci:"))}
	default:
		var n int
		if _, err := fmt.Sscanf(spec, "lru:%d", &n); err != nil || n < 1 {
			n = 2
		}
		return &lruCache{cap: n, data: map[string]string{}}
	}
}

var registry = map[string]func() Cache{
	"small":  func() Cache { return NewCache("lru:2") },
	"big":    func() Cache { return NewCache("lru:10") },
	"off":    func() Cache { return NewCache("none") },
	"fold":   func() Cache { return NewCache("ci:lru:3") },
	"broken": func() Cache { return NewCache("lru:zero") },
}

func main() {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)

	for _, name := range names {
		c := registry[name]()
		c.Set("A", "apple")
		c.Set("b", "banana")
		c.Get("a")
		c.Set("c", "cherry")
		var got []string
		for _, k := range []string{"a", "B", "c"} {
			if v, ok := c.Get(k); ok {
				got = append(got, k+"="+v)
			} else {
				got = append(got, k+"=miss")
			}
		}
		fmt.Printf("%-7s %-12s len=%d %v\n", name, c.Kind(), c.Len(), got)
	}

	c := NewCache("lru:3")
	if l, ok := c.(*lruCache); ok {
		for _, k := range []string{"x", "y", "z", "x", "w"} {
			l.Set(k, strings.Repeat(k, 2))
		}
		fmt.Println("internal order:", l.order, "size:", len(l.data))
	}
	fmt.Printf("%T %T %T\n", NewCache("none"), NewCache("lru:1"), NewCache("ci:none"))
}
