package main

import (
	"fmt"
	"maps"
	"slices"
	"time"
)

// Clock lets tests control time instead of calling time.Now.
type Clock interface {
	Now() time.Time
}

type FakeClock struct{ t time.Time }

func (f *FakeClock) Now() time.Time          { return f.t }
func (f *FakeClock) Advance(d time.Duration) { f.t = f.t.Add(d) }

type item[V any] struct {
	val     V
	expires time.Time
}

type TTLCache[K comparable, V any] struct {
	clock Clock
	ttl   time.Duration
	data  map[K]item[V]
	Stats struct{ Hits, Misses, Expired int }
}

func NewTTLCache[K comparable, V any](c Clock, ttl time.Duration) *TTLCache[K, V] {
	return &TTLCache[K, V]{clock: c, ttl: ttl, data: map[K]item[V]{}}
}

func (c *TTLCache[K, V]) Set(k K, v V) { c.SetTTL(k, v, c.ttl) }

func (c *TTLCache[K, V]) SetTTL(k K, v V, ttl time.Duration) {
	c.data[k] = item[V]{v, c.clock.Now().Add(ttl)}
}

func (c *TTLCache[K, V]) Get(k K) (V, bool) {
	it, ok := c.data[k]
	if ok && !c.clock.Now().Before(it.expires) {
		delete(c.data, k)
		c.Stats.Expired++
		ok = false
	}
	if !ok {
		c.Stats.Misses++
		var zero V
		return zero, false
	}
	c.Stats.Hits++
	return it.val, true
}

// GetOrLoad returns the cached value or calls load and caches its result.
func (c *TTLCache[K, V]) GetOrLoad(k K, load func(K) (V, error)) (V, error) {
	if v, ok := c.Get(k); ok {
		return v, nil
	}
	v, err := load(k)
	if err != nil {
		return v, err
	}
	c.Set(k, v)
	return v, nil
}

func (c *TTLCache[K, V]) Sweep() int {
	now := c.clock.Now()
	n := 0
	maps.DeleteFunc(c.data, func(_ K, it item[V]) bool {
		if !now.Before(it.expires) {
			n++
			return true
		}
		return false
	})
	return n
}

func main() {
	clock := &FakeClock{time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)}
	cache := NewTTLCache[string, string](clock, 30*time.Second)

	loads := 0
	lookup := func(user string) (string, error) {
		loads++
		if user == "ghost" {
			return "", fmt.Errorf("user %q not found", user)
		}
		return "profile:" + user, nil
	}

	steps := []struct {
		advance time.Duration
		key     string
	}{
		{0, "ann"}, {5 * time.Second, "ann"}, {10 * time.Second, "bob"},
		{20 * time.Second, "ann"}, {1 * time.Second, "bob"}, {0, "ghost"}, {40 * time.Second, "bob"},
	}
	for _, s := range steps {
		clock.Advance(s.advance)
		v, err := cache.GetOrLoad(s.key, lookup)
		fmt.Printf("%s  get %-5s -> %-12q err=%v loads=%d\n",
			clock.Now().Format("15:04:05"), s.key, v, err, loads)
	}

	cache.SetTTL("session-1", "x", 5*time.Minute)
	cache.SetTTL("session-2", "y", time.Minute)
	cache.Set("ann", "profile:ann")
	clock.Advance(2 * time.Minute)
	fmt.Println("swept:", cache.Sweep())
	fmt.Println("remaining:", slices.Sorted(maps.Keys(cache.data)))
	fmt.Printf("stats: %+v\n", cache.Stats)
}
