package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Clock interface{ Now() time.Time }

type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time          { return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

// TokenBucket refills continuously at Rate tokens per second up to Burst.
type TokenBucket struct {
	clock  Clock
	rate   float64
	burst  float64
	tokens float64
	last   time.Time
}

func NewTokenBucket(c Clock, rate float64, burst int) *TokenBucket {
	return &TokenBucket{clock: c, rate: rate, burst: float64(burst), tokens: float64(burst), last: c.Now()}
}

func (b *TokenBucket) refill() {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.tokens = min(b.burst, b.tokens+elapsed*b.rate)
	b.last = now
}

// Allow takes n tokens if available. When refused it reports how long the
// caller should wait before the request could succeed (Retry-After).
func (b *TokenBucket) Allow(n int) (bool, time.Duration) {
	b.refill()
	need := float64(n)
	if b.tokens >= need {
		b.tokens -= need
		return true, 0
	}
	wait := (need - b.tokens) / b.rate
	return false, time.Duration(wait * float64(time.Second)).Round(time.Millisecond)
}

// Limiter keeps one bucket per client key.
type Limiter struct {
	clock   Clock
	rate    float64
	burst   int
	buckets map[string]*TokenBucket
}

func (l *Limiter) Allow(key string) (bool, time.Duration) {
	b, ok := l.buckets[key]
	if !ok {
		b = NewTokenBucket(l.clock, l.rate, l.burst)
		l.buckets[key] = b
	}
	return b.Allow(1)
}

func main() {
	clock := &fakeClock{t: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)}
	lim := &Limiter{clock: clock, rate: 2, burst: 3, buckets: map[string]*TokenBucket{}}

	// Each step: advance the clock, then the listed clients make one request.
	steps := []struct {
		advance time.Duration
		clients string
	}{
		{0, "a a a a b"},
		{100 * time.Millisecond, "a b"},
		{400 * time.Millisecond, "a a"},
		{500 * time.Millisecond, "a a a"},
		{250 * time.Millisecond, "a c"},
		{5 * time.Second, "a a a a"},
	}
	allowed := map[string]int{}
	denied := map[string]int{}
	for _, s := range steps {
		clock.Advance(s.advance)
		offset := clock.Now().Sub(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
		var results []string
		for _, key := range strings.Fields(s.clients) {
			ok, retry := lim.Allow(key)
			if ok {
				allowed[key]++
				results = append(results, key+":ok")
			} else {
				denied[key]++
				results = append(results, fmt.Sprintf("%s:429(retry %v)", key, retry))
			}
		}
		fmt.Printf("t=%-6v %s\n", offset, strings.Join(results, " "))
	}

	keys := make([]string, 0, len(lim.buckets))
	for k := range lim.buckets {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("client %s: allowed=%d denied=%d tokens_left=%.2f\n", k, allowed[k], denied[k], lim.buckets[k].tokens)
	}

	bulk := NewTokenBucket(clock, 10, 20)
	for _, n := range []int{15, 10, 5, 25} {
		ok, wait := bulk.Allow(n)
		fmt.Printf("bulk take %2d: ok=%v wait=%v\n", n, ok, wait)
	}
}
