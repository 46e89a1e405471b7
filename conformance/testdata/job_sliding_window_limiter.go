package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Clock interface{ Now() time.Time }

type stepClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *stepClock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *stepClock) Set(t time.Time) { c.mu.Lock(); c.now = t; c.mu.Unlock() }

// SlidingWindow allows at most Limit requests per client in any Window.
type SlidingWindow struct {
	mu     sync.Mutex
	clock  Clock
	limit  int
	window time.Duration
	log    map[string][]time.Time
	denied map[string]int
}

func NewSlidingWindow(c Clock, limit int, window time.Duration) *SlidingWindow {
	return &SlidingWindow{clock: c, limit: limit, window: window, log: map[string][]time.Time{}, denied: map[string]int{}}
}

func (s *SlidingWindow) Allow(client string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	cutoff := now.Add(-s.window)
	times := s.log[client]
	i := 0
	for i < len(times) && !times[i].After(cutoff) {
		i++
	}
	times = times[i:]
	if len(times) >= s.limit {
		s.log[client] = times
		s.denied[client]++
		return false
	}
	s.log[client] = append(times, now)
	return true
}

type request struct {
	at     time.Duration
	client string
}

func main() {
	base := time.Date(2024, 2, 29, 23, 59, 0, 0, time.UTC)
	clock := &stepClock{now: base}
	lim := NewSlidingWindow(clock, 3, time.Second)

	reqs := []request{
		{0, "acme"}, {100 * time.Millisecond, "acme"}, {200 * time.Millisecond, "globex"},
		{300 * time.Millisecond, "acme"}, {400 * time.Millisecond, "acme"},
		{900 * time.Millisecond, "globex"}, {1000 * time.Millisecond, "acme"},
		{1050 * time.Millisecond, "acme"}, {1100 * time.Millisecond, "acme"},
		{1250 * time.Millisecond, "initech"}, {1300 * time.Millisecond, "acme"},
		{1350 * time.Millisecond, "acme"}, {2500 * time.Millisecond, "acme"},
	}
	for _, r := range reqs {
		clock.Set(base.Add(r.at))
		ok := lim.Allow(r.client)
		verdict := "allow"
		if !ok {
			verdict = "deny"
		}
		fmt.Printf("t=%-6v %-8s %s\n", r.at, r.client, verdict)
	}

	// Concurrent burst from many clients at the same instant.
	clock.Set(base.Add(10 * time.Second))
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := map[string]int{}
	clients := []string{"acme", "globex", "initech", "umbrella"}
	for _, c := range clients {
		for i := 0; i < 5; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if lim.Allow(c) {
					mu.Lock()
					allowed[c]++
					mu.Unlock()
				}
			}()
		}
	}
	wg.Wait()

	names := make([]string, 0, len(lim.denied))
	for k := range lim.denied {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, c := range clients {
		fmt.Printf("burst %-8s allowed=%d\n", c, allowed[c])
	}
	for _, n := range names {
		fmt.Printf("denied total %-8s %d\n", n, lim.denied[n])
	}
}
