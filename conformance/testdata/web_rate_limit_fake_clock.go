package main

import (
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"time"
)

type Clock interface{ Now() time.Time }

type fakeClock struct{ t time.Time }

func (f *fakeClock) Now() time.Time          { return f.t }
func (f *fakeClock) Advance(d time.Duration) { f.t = f.t.Add(d) }

type bucket struct {
	tokens float64
	last   time.Time
}

type Limiter struct {
	mu      sync.Mutex
	clock   Clock
	rate    float64 // tokens per second
	burst   float64
	buckets map[string]*bucket
}

func NewLimiter(c Clock, rate float64, burst int) *Limiter {
	return &Limiter{clock: c, rate: rate, burst: float64(burst), buckets: map[string]*bucket{}}
}

// Allow reports whether a request for key may proceed, and if not, how long to wait.
func (l *Limiter) Allow(key string) (bool, time.Duration, int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.clock.Now()
	b, ok := l.buckets[key]
	if !ok {
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	elapsed := now.Sub(b.last).Seconds()
	b.tokens = math.Min(l.burst, b.tokens+elapsed*l.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0, int(b.tokens)
	}
	wait := time.Duration((1 - b.tokens) / l.rate * float64(time.Second))
	return false, wait, 0
}

func RateLimit(l *Limiter, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Client-ID")
		if key == "" {
			key = "anonymous"
		}
		ok, wait, remaining := l.Allow(key)
		w.Header().Set("X-RateLimit-Remaining", strconv.Itoa(remaining))
		if !ok {
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
			http.Error(w, "too many requests", http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	clock := &fakeClock{t: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)}
	limiter := NewLimiter(clock, 0.5, 3)
	h := RateLimit(limiter, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "ok")
	}))

	hit := func(client string) {
		req := httptest.NewRequest("GET", "/api/search", nil)
		if client != "" {
			req.Header.Set("X-Client-ID", client)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("%s %-9s %d remaining=%s retry=%q\n", clock.Now().Format("15:04:05.000"), client, rec.Code,
			rec.Header().Get("X-RateLimit-Remaining"), rec.Header().Get("Retry-After"))
	}

	for range 5 {
		hit("mobile")
	}
	hit("web")
	hit("")
	clock.Advance(1500 * time.Millisecond)
	hit("mobile")
	clock.Advance(500 * time.Millisecond)
	hit("mobile")
	hit("mobile")
	clock.Advance(10 * time.Second)
	for range 4 {
		hit("mobile")
	}
	fmt.Println("tracked clients:", len(limiter.buckets))
}
