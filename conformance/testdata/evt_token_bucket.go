// Token-bucket rate limiting of several clients over a fake clock.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type FakeClock struct{ ms int64 }

func (c *FakeClock) Now() int64 { return c.ms }

type Bucket struct {
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     int64
	now      func() int64
}

func NewBucket(capacity, rate float64, now func() int64) *Bucket {
	return &Bucket{capacity: capacity, tokens: capacity, rate: rate, last: now(), now: now}
}

func (b *Bucket) refill() {
	t := b.now()
	b.tokens += float64(t-b.last) * b.rate / 1000
	if b.tokens > b.capacity {
		b.tokens = b.capacity
	}
	b.last = t
}

func (b *Bucket) Allow(cost float64) bool {
	b.refill()
	if b.tokens >= cost {
		b.tokens -= cost
		return true
	}
	return false
}

type Limiter struct {
	buckets map[string]*Bucket
	make    func() *Bucket
	stats   map[string][2]int
}

func (l *Limiter) Allow(client string, cost float64) bool {
	b, ok := l.buckets[client]
	if !ok {
		b = l.make()
		l.buckets[client] = b
	}
	allowed := b.Allow(cost)
	s := l.stats[client]
	if allowed {
		s[0]++
	} else {
		s[1]++
	}
	l.stats[client] = s
	return allowed
}

type request struct {
	at     int64
	client string
	cost   float64
}

func main() {
	clock := &FakeClock{}
	lim := &Limiter{
		buckets: map[string]*Bucket{},
		stats:   map[string][2]int{},
		// clock.Now is a method value, captured once and used by every bucket.
		make: func() *Bucket { return NewBucket(3, 2, clock.Now) },
	}
	var reqs []request
	for i := int64(0); i < 10; i++ {
		reqs = append(reqs, request{at: i * 100, client: "burst"})
	}
	for i := int64(0); i < 6; i++ {
		reqs = append(reqs, request{at: i * 500, client: "steady"})
	}
	reqs = append(reqs,
		request{at: 250, client: "heavy", cost: 2}, request{at: 300, client: "heavy", cost: 2},
		request{at: 1300, client: "heavy", cost: 2}, request{at: 2400, client: "heavy", cost: 3})
	sort.SliceStable(reqs, func(i, j int) bool { return reqs[i].at < reqs[j].at })

	var timeline strings.Builder
	for _, r := range reqs {
		clock.ms = r.at
		cost := r.cost
		if cost == 0 {
			cost = 1
		}
		ok := lim.Allow(r.client, cost)
		mark := "DENY"
		if ok {
			mark = "ok"
		}
		fmt.Printf("t=%4dms %-6s cost=%.0f %-4s tokens=%.2f\n", r.at, r.client, cost, mark, lim.buckets[r.client].tokens)
		if ok {
			timeline.WriteByte(r.client[0])
		} else {
			timeline.WriteByte('.')
		}
	}
	clients := make([]string, 0, len(lim.stats))
	for c := range lim.stats {
		clients = append(clients, c)
	}
	sort.Strings(clients)
	for _, c := range clients {
		fmt.Printf("%-6s allowed=%d denied=%d\n", c, lim.stats[c][0], lim.stats[c][1])
	}
	fmt.Println("timeline:", timeline.String())
}
