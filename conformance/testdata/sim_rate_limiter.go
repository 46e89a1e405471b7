package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
)

var ErrRateLimited = errors.New("rate limited")

type Limiter interface {
	Allow(now int) bool
	Name() string
}

// TokenBucket refills `rate` tokens per tick up to `capacity`.
type TokenBucket struct{ capacity, rate, tokens, last int }

func (b *TokenBucket) Name() string { return fmt.Sprintf("bucket(cap=%d,rate=%d)", b.capacity, b.rate) }

func (b *TokenBucket) Allow(now int) bool {
	b.tokens = min(b.capacity, b.tokens+(now-b.last)*b.rate)
	b.last = now
	if b.tokens == 0 {
		return false
	}
	b.tokens--
	return true
}

// FixedWindow allows `limit` requests per window of `size` ticks.
type FixedWindow struct {
	size, limit int
	counts      map[int]int
}

func (w *FixedWindow) Name() string { return fmt.Sprintf("window(size=%d,limit=%d)", w.size, w.limit) }

func (w *FixedWindow) Allow(now int) bool {
	key := now / w.size
	if w.counts[key] >= w.limit {
		return false
	}
	w.counts[key]++
	return true
}

type Server struct {
	limiters map[string]Limiter
	factory  func() Limiter
}

func (s *Server) Handle(client string, now int) error {
	l, ok := s.limiters[client]
	if !ok {
		l = s.factory()
		s.limiters[client] = l
	}
	if !l.Allow(now) {
		return fmt.Errorf("client %s at t=%d: %w", client, now, ErrRateLimited)
	}
	return nil
}

func main() {
	traffic := [][]string{
		{"a", "a", "a", "b"}, {"a", "a"}, {}, {"a", "b", "b", "b", "b"},
		{"a"}, {"a", "a", "a", "a"}, {"b"}, {"a", "b"},
	}
	factories := []func() Limiter{
		func() Limiter { return &TokenBucket{capacity: 3, rate: 1, tokens: 3} },
		func() Limiter { return &FixedWindow{size: 4, limit: 5, counts: map[int]int{}} },
	}
	for _, f := range factories {
		srv := &Server{limiters: map[string]Limiter{}, factory: f}
		fmt.Println("strategy:", f().Name())
		allowed, denied := map[string]int{}, map[string]int{}
		var firstErr error
		for now, reqs := range traffic {
			line := ""
			for _, c := range reqs {
				if err := srv.Handle(c, now); errors.Is(err, ErrRateLimited) {
					denied[c]++
					line += "x"
					firstErr = cmp.Or(firstErr, err) // keep the first one
				} else {
					allowed[c]++
					line += "."
				}
			}
			fmt.Printf("  t=%d %-5s\n", now, line)
		}
		for _, c := range slices.Sorted(maps.Keys(srv.limiters)) {
			fmt.Printf("  %s: allowed=%d denied=%d\n", c, allowed[c], denied[c])
		}
		fmt.Println("  first denial:", firstErr)
	}
}
