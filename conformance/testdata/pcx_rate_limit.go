package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// WindowLimiter allows at most limit requests per logical window.
// Windows are advanced explicitly, so nothing depends on wall time.
type WindowLimiter struct {
	mu       sync.Mutex
	limit    int
	window   int
	used     int
	rejected int
}

func (l *WindowLimiter) Allow() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.used >= l.limit {
		l.rejected++
		return false
	}
	l.used++
	return true
}

func (l *WindowLimiter) Advance(newLimit int) (used, rejected int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	used, rejected = l.used, l.rejected
	l.window++
	l.used, l.rejected = 0, 0
	l.limit = newLimit
	return
}

// CASLimiter is a lock-free budget counter.
type CASLimiter struct {
	limit int64
	n     atomic.Int64
}

func (c *CASLimiter) Allow() bool {
	for {
		cur := c.n.Load()
		if cur >= c.limit {
			return false
		}
		if c.n.CompareAndSwap(cur, cur+1) {
			return true
		}
	}
}

func burst(clients, perClient int, allow func() bool) (accepted int64) {
	var total atomic.Int64
	var wg sync.WaitGroup
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range perClient {
				if allow() {
					total.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	return total.Load()
}

func main() {
	limits := []int{12, 40, 25, 0, 100}
	lim := &WindowLimiter{limit: limits[0]}
	const clients, perClient = 8, 5

	for w := range limits {
		accepted := burst(clients, perClient, lim.Allow)
		next := 0
		if w+1 < len(limits) {
			next = limits[w+1]
		}
		used, rejected := lim.Advance(next)
		fmt.Printf("window %d: limit=%3d requests=%d accepted=%d (used=%d) rejected=%d\n",
			w, limits[w], clients*perClient, accepted, used, rejected)
	}
	fmt.Println("windows elapsed:", lim.window)

	cas := &CASLimiter{limit: 333}
	got := burst(16, 50, cas.Allow)
	fmt.Printf("cas limiter: %d of %d allowed, counter=%d\n", got, 16*50, cas.n.Load())
	fmt.Println("further request allowed:", cas.Allow())

	// Per-client quotas with a mutex-protected map.
	var mu sync.Mutex
	quota := map[string]int{"alpha": 3, "beta": 1, "gamma": 0}
	served := map[string]int{}
	var wg sync.WaitGroup
	for _, name := range []string{"alpha", "beta", "gamma"} {
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				defer mu.Unlock()
				if quota[name] > 0 {
					quota[name]--
					served[name]++
				}
			}()
		}
	}
	wg.Wait()
	for _, name := range []string{"alpha", "beta", "gamma"} {
		fmt.Printf("client %-5s served %d, quota left %d\n", name, served[name], quota[name])
	}
}
