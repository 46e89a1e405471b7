package main

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"time"
)

type Clock interface{ Now() time.Time }

type FakeClock struct{ t time.Time }

func (f *FakeClock) Now() time.Time          { return f.t }
func (f *FakeClock) Advance(d time.Duration) { f.t = f.t.Add(d) }

type bucket struct {
	tokens float64
	last   time.Time
}

type Limiter struct {
	mu      sync.Mutex
	clock   Clock
	rate    float64
	burst   float64
	buckets map[string]*bucket
}

func NewLimiter(c Clock, perSecond float64, burst int) *Limiter {
	return &Limiter{clock: c, rate: perSecond, burst: float64(burst), buckets: map[string]*bucket{}}
}

func (l *Limiter) Allow(key string) (bool, float64, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.clock.Now()
	b, ok := l.buckets[key]
	if !ok {
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, b.tokens, 0
	}
	wait := time.Duration((1 - b.tokens) / l.rate * float64(time.Second))
	return false, b.tokens, wait
}

func (l *Limiter) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			host = r.RemoteAddr
		}
		ok, left, wait := l.Allow(host)
		w.Header().Set("X-RateLimit-Remaining", strconv.Itoa(int(left)))
		if !ok {
			secs := int((wait + time.Second - 1) / time.Second)
			w.Header().Set("Retry-After", strconv.Itoa(secs))
			http.Error(w, "too many requests", http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	clock := &FakeClock{t: time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)}
	lim := NewLimiter(clock, 0.5, 3)
	h := lim.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "ok")
	}))
	hit := func(ip string) {
		req := httptest.NewRequest("GET", "/api", nil)
		req.RemoteAddr = ip + ":5555"
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("t=%-4s %-10s %d remaining=%s retry-after=%q\n",
			clock.Now().Format("05s"), ip, rec.Code,
			rec.Header().Get("X-RateLimit-Remaining"), rec.Header().Get("Retry-After"))
	}
	for i := 0; i < 5; i++ {
		hit("10.0.0.1")
	}
	hit("10.0.0.2")
	clock.Advance(1 * time.Second)
	hit("10.0.0.1")
	clock.Advance(1 * time.Second)
	hit("10.0.0.1")
	hit("10.0.0.1")
	clock.Advance(10 * time.Second)
	for i := 0; i < 4; i++ {
		hit("10.0.0.1")
	}
	hit("10.0.0.2")
}
