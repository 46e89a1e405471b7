package main

import (
	"fmt"
	"sort"
	"time"
)

// FakeClock is a manually advanced clock used in place of time.Now.
type FakeClock struct {
	now time.Time
}

func (c *FakeClock) Now() time.Time          { return c.now }
func (c *FakeClock) Advance(d time.Duration) { c.now = c.now.Add(d) }

type entry struct {
	value     string
	expiresAt time.Time // zero means no expiry
}

type Store struct {
	clock *FakeClock
	data  map[string]entry
}

func NewStore(clock *FakeClock) *Store {
	return &Store{clock: clock, data: make(map[string]entry)}
}

func (s *Store) Set(key, value string, ttl time.Duration) {
	e := entry{value: value}
	if ttl > 0 {
		e.expiresAt = s.clock.Now().Add(ttl)
	}
	s.data[key] = e
}

func (s *Store) expired(e entry) bool {
	return !e.expiresAt.IsZero() && !s.clock.Now().Before(e.expiresAt)
}

func (s *Store) Get(key string) (string, bool) {
	e, ok := s.data[key]
	if !ok || s.expired(e) {
		return "", false
	}
	return e.value, true
}

func (s *Store) TTL(key string) (time.Duration, bool) {
	e, ok := s.data[key]
	if !ok || s.expired(e) {
		return 0, false
	}
	if e.expiresAt.IsZero() {
		return -1, true
	}
	return e.expiresAt.Sub(s.clock.Now()), true
}

// Sweep removes expired entries and returns the removed keys in sorted order.
func (s *Store) Sweep() []string {
	var removed []string
	for k, e := range s.data {
		if s.expired(e) {
			removed = append(removed, k)
			delete(s.data, k)
		}
	}
	sort.Strings(removed)
	return removed
}

func (s *Store) Keys() []string {
	keys := make([]string, 0, len(s.data))
	for k := range s.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	clock := &FakeClock{now: time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)}
	store := NewStore(clock)

	store.Set("session:alice", "token-a", 30*time.Second)
	store.Set("session:bob", "token-b", 90*time.Second)
	store.Set("config:theme", "dark", 0)
	store.Set("cache:page:/home", "<html>", 10*time.Second)

	report := func(label string) {
		fmt.Printf("-- %s (t=%s)\n", label, clock.Now().Format("15:04:05"))
		for _, k := range []string{"session:alice", "session:bob", "config:theme", "cache:page:/home"} {
			v, ok := store.Get(k)
			ttl, _ := store.TTL(k)
			switch {
			case ok && ttl < 0:
				fmt.Printf("  %-18s = %-10q ttl=none\n", k, v)
			case ok:
				fmt.Printf("  %-18s = %-10q ttl=%v\n", k, v, ttl)
			default:
				fmt.Printf("  %-18s missing\n", k)
			}
		}
	}

	report("initial")
	clock.Advance(10 * time.Second)
	report("after 10s")
	clock.Advance(25 * time.Second)
	report("after 35s")

	store.Set("session:alice", "token-a2", 60*time.Second)
	clock.Advance(45 * time.Second)
	report("after 80s")

	fmt.Println("swept:", store.Sweep())
	fmt.Println("remaining:", store.Keys())
}
