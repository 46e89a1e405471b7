// Exercise 15: a token-bucket rate limiter driven by a fake clock (no real time).
package main

import (
	"fmt"
	"time"
)

type Clock interface {
	Now() time.Duration
	Sleep(d time.Duration)
}

// FakeClock only moves when someone sleeps on it.
type FakeClock struct{ t time.Duration }

func (c *FakeClock) Now() time.Duration    { return c.t }
func (c *FakeClock) Sleep(d time.Duration) { c.t += d }

type Limiter struct {
	clock    Clock
	perToken time.Duration
	burst    float64
	tokens   float64
	last     time.Duration
}

func NewLimiter(c Clock, perSecond float64, burst int) *Limiter {
	return &Limiter{clock: c, perToken: time.Duration(float64(time.Second) / perSecond),
		burst: float64(burst), tokens: float64(burst), last: c.Now()}
}

func (l *Limiter) refill() {
	now := l.clock.Now()
	l.tokens = min(l.burst, l.tokens+float64(now-l.last)/float64(l.perToken))
	l.last = now
}

func (l *Limiter) Allow() bool {
	l.refill()
	if l.tokens >= 1 {
		l.tokens--
		return true
	}
	return false
}

// Wait sleeps on the clock until a token is available.
func (l *Limiter) Wait() time.Duration {
	l.refill()
	var waited time.Duration
	if l.tokens < 1 {
		waited = time.Duration((1 - l.tokens) * float64(l.perToken))
		l.clock.Sleep(waited)
		l.refill()
	}
	l.tokens--
	return waited
}

func main() {
	clock := &FakeClock{}
	lim := NewLimiter(clock, 4, 3) // 4 requests per second, bursts of 3
	fmt.Println("part 1: requests arrive every 100ms, Allow() decides")
	allowed := 0
	for i := range 12 {
		ok := lim.Allow()
		if ok {
			allowed++
		}
		fmt.Printf("  t=%-6v req %2d allowed=%-5v tokens=%.2f\n", clock.Now(), i, ok, lim.tokens)
		clock.Sleep(100 * time.Millisecond)
	}
	fmt.Printf("  allowed %d of 12\n", allowed)

	clock = &FakeClock{}
	lim = NewLimiter(clock, 2, 2)
	fmt.Println("part 2: a loop that calls Wait() before each job")
	for job := range 8 {
		waited := lim.Wait()
		fmt.Printf("  job %d starts at t=%-6v (waited %v)\n", job, clock.Now(), waited)
	}
	fmt.Printf("  8 jobs at 2/s with burst 2 finished at t=%v\n", clock.Now())
}
