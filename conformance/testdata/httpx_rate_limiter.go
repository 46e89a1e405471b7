package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
)

// Clock is injected so the limiter can be tested without real time.
type Clock interface {
	Seconds() int64
}

type fakeClock struct{ now int64 }

func (c *fakeClock) Seconds() int64 { return c.now }

type window struct {
	start int64
	count int
}

type Limiter struct {
	mu     sync.Mutex
	clock  Clock
	limit  int
	period int64
	seen   map[string]*window
}

func NewLimiter(c Clock, limit int, period int64) *Limiter {
	return &Limiter{clock: c, limit: limit, period: period, seen: map[string]*window{}}
}

// Allow reports whether the key may proceed, how many requests remain
// in the current window and how many seconds until the window resets.
func (l *Limiter) Allow(key string) (ok bool, remaining int, reset int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.clock.Seconds()
	w := l.seen[key]
	if w == nil || now-w.start >= l.period {
		w = &window{start: now - now%l.period}
		l.seen[key] = w
	}
	reset = w.start + l.period - now
	if w.count >= l.limit {
		return false, 0, reset
	}
	w.count++
	return true, l.limit - w.count, reset
}

func (l *Limiter) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-API-Key")
		ok, remaining, reset := l.Allow(key)
		w.Header().Set("X-RateLimit-Limit", strconv.Itoa(l.limit))
		w.Header().Set("X-RateLimit-Remaining", strconv.Itoa(remaining))
		if !ok {
			w.Header().Set("Retry-After", strconv.FormatInt(reset, 10))
			http.Error(w, "rate limit exceeded", http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	clock := &fakeClock{now: 100}
	limiter := NewLimiter(clock, 3, 10)
	api := limiter.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok"))
	}))

	send := func(key string) {
		req := httptest.NewRequest("GET", "/data", nil)
		req.Header.Set("X-API-Key", key)
		rec := httptest.NewRecorder()
		api.ServeHTTP(rec, req)
		h := rec.Header()
		fmt.Printf("t=%d key=%-5s %d remaining=%s retry-after=%q\n",
			clock.now, key, rec.Code, h.Get("X-RateLimit-Remaining"), h.Get("Retry-After"))
	}

	for range 4 {
		send("alice")
	}
	send("bob")
	clock.now = 104
	send("alice")
	send("bob")
	clock.now = 109
	send("alice")
	clock.now = 110
	send("alice")
	send("alice")
	clock.now = 125
	send("bob")

	totals := map[int]int{}
	for i := range 12 {
		clock.now = 200 + int64(i)
		ok, _, _ := limiter.Allow("burst")
		if ok {
			totals[http.StatusOK]++
		} else {
			totals[http.StatusTooManyRequests]++
		}
	}
	fmt.Printf("burst over 12s: %d allowed, %d rejected\n", totals[200], totals[429])
}
