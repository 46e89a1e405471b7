package main

import (
	"fmt"
	"sort"
	"time"
)

// Clock is a fake clock so that the simulation is deterministic.
type Clock struct{ now time.Time }

func (c *Clock) Now() time.Time          { return c.now }
func (c *Clock) Advance(d time.Duration) { c.now = c.now.Add(d) }

// TokenBucket refills continuously at Rate tokens per second up to Burst.
type TokenBucket struct {
	clock  *Clock
	Rate   float64
	Burst  float64
	tokens float64
	last   time.Time
}

func NewTokenBucket(c *Clock, rate, burst float64) *TokenBucket {
	return &TokenBucket{clock: c, Rate: rate, Burst: burst, tokens: burst, last: c.Now()}
}

func (b *TokenBucket) Allow(cost float64) bool {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.tokens = min(b.Burst, b.tokens+elapsed*b.Rate)
	b.last = now
	if b.tokens >= cost {
		b.tokens -= cost
		return true
	}
	return false
}

// Limiter keeps a bucket per API key; heavier endpoints cost more tokens.
type Limiter struct {
	clock   *Clock
	buckets map[string]*TokenBucket
	costs   map[string]float64
	stats   map[string][2]int // allowed, throttled
}

func (l *Limiter) Call(key, endpoint string) bool {
	b, ok := l.buckets[key]
	if !ok {
		b = NewTokenBucket(l.clock, 2, 5)
		l.buckets[key] = b
	}
	cost := l.costs[endpoint]
	if cost == 0 {
		cost = 1
	}
	allowed := b.Allow(cost)
	s := l.stats[key]
	if allowed {
		s[0]++
	} else {
		s[1]++
	}
	l.stats[key] = s
	return allowed
}

type call struct {
	afterMs  int
	key      string
	endpoint string
}

func main() {
	clk := &Clock{now: time.Date(2024, 1, 2, 14, 30, 0, 0, time.UTC)}
	lim := &Limiter{
		clock:   clk,
		buckets: map[string]*TokenBucket{},
		costs:   map[string]float64{"/quotes": 1, "/orders": 2, "/history": 4},
		stats:   map[string][2]int{},
	}
	calls := []call{
		{0, "hedgefund", "/quotes"}, {50, "hedgefund", "/quotes"}, {50, "hedgefund", "/orders"},
		{20, "retail", "/quotes"}, {30, "hedgefund", "/quotes"}, {10, "hedgefund", "/quotes"},
		{100, "hedgefund", "/orders"}, {400, "hedgefund", "/orders"}, {0, "retail", "/history"},
		{0, "retail", "/history"}, {250, "retail", "/quotes"}, {500, "hedgefund", "/history"},
		{1000, "hedgefund", "/history"}, {0, "hedgefund", "/quotes"}, {1500, "retail", "/history"},
		{10, "retail", "/orders"}, {10, "bot", "/quotes"}, {1, "bot", "/quotes"},
		{1, "bot", "/quotes"}, {1, "bot", "/quotes"}, {1, "bot", "/quotes"},
		{1, "bot", "/quotes"}, {1, "bot", "/quotes"}, {499, "bot", "/quotes"},
	}
	start := clk.Now()
	for _, c := range calls {
		clk.Advance(time.Duration(c.afterMs) * time.Millisecond)
		ok := lim.Call(c.key, c.endpoint)
		verdict := "200 OK"
		if !ok {
			verdict = "429 Too Many Requests"
		}
		b := lim.buckets[c.key]
		fmt.Printf("+%5dms %-9s %-8s %-21s tokens=%.2f\n",
			clk.Now().Sub(start).Milliseconds(), c.key, c.endpoint, verdict, b.tokens)
	}

	keys := make([]string, 0, len(lim.stats))
	for k := range lim.stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("summary:")
	for _, k := range keys {
		s := lim.stats[k]
		fmt.Printf("  %-9s allowed=%d throttled=%d (%.0f%% throttled)\n",
			k, s[0], s[1], 100*float64(s[1])/float64(s[0]+s[1]))
	}
	fmt.Println("simulated time:", clk.Now().Sub(start), "ending", clk.Now().Format(time.Kitchen))
}
