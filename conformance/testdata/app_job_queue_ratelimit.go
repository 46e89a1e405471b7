package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type Clock interface {
	Now() time.Duration
}

type FakeClock struct{ t time.Duration }

func (c *FakeClock) Now() time.Duration      { return c.t }
func (c *FakeClock) Advance(d time.Duration) { c.t += d }

// TokenBucket allows bursts of up to Capacity jobs and refills one token per Every.
type TokenBucket struct {
	Capacity int
	Every    time.Duration
	tokens   int
	last     time.Duration
	clock    Clock
}

func NewTokenBucket(c Clock, capacity int, every time.Duration) *TokenBucket {
	return &TokenBucket{Capacity: capacity, Every: every, tokens: capacity, clock: c}
}

func (b *TokenBucket) Allow() bool {
	now := b.clock.Now()
	if refill := int((now - b.last) / b.Every); refill > 0 {
		b.tokens = min(b.Capacity, b.tokens+refill)
		b.last += time.Duration(refill) * b.Every
	}
	if b.tokens == 0 {
		return false
	}
	b.tokens--
	return true
}

type Job struct {
	ID     int
	Submit time.Duration
	Input  int
}

type Result struct {
	Dispatched time.Duration
	Primes     int
	Worker     string
}

func countPrimes(n int) int {
	sieve := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if !sieve[i] {
			count++
			for j := i * i; j <= n; j += i {
				sieve[j] = true
			}
		}
	}
	return count
}

func main() {
	clock := &FakeClock{}
	limiter := NewTokenBucket(clock, 3, 400*time.Millisecond)
	var jobs []Job
	arrivals := []int{0, 0, 0, 0, 0, 1000, 1000, 1000, 1000, 1000, 3000, 3000} // ms, bursty
	for i, ms := range arrivals {
		jobs = append(jobs, Job{ID: i + 1, Submit: time.Duration(ms) * time.Millisecond, Input: 1000 * (i + 1)})
	}

	results := make([]Result, len(jobs)+1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	busy := map[string]int{}
	var pending []Job
	next := 0
	const tick = 100 * time.Millisecond
	for done := 0; done < len(jobs); clock.Advance(tick) {
		arrived := 0
		for ; next < len(jobs) && jobs[next].Submit <= clock.Now(); next++ {
			pending = append(pending, jobs[next])
			arrived++
		}
		var started []string
		for len(pending) > 0 && limiter.Allow() {
			job := pending[0]
			pending = pending[1:]
			worker := fmt.Sprintf("w%d", job.ID%3)
			started = append(started, fmt.Sprintf("#%d", job.ID))
			done++
			wg.Add(1)
			go func(j Job, at time.Duration) {
				defer wg.Done()
				r := Result{Dispatched: at, Primes: countPrimes(j.Input), Worker: worker}
				mu.Lock()
				defer mu.Unlock()
				results[j.ID] = r // each goroutine owns its own slot
				busy[worker]++
			}(job, clock.Now())
		}
		if len(started) > 0 || arrived > 0 {
			fmt.Printf("t=%-6v arrived=%d started=%-7s tokens=%d queued=%d\n",
				clock.Now(), arrived, strings.Join(started, ","), limiter.tokens, len(pending))
		}
	}
	wg.Wait()

	fmt.Println("--- results (by job id) ---")
	var totalWait time.Duration
	for _, j := range jobs {
		r := results[j.ID]
		wait := r.Dispatched - j.Submit
		totalWait += wait
		fmt.Printf("job %2d input=%-6d primes=%-5d submitted=%-6v waited=%-6v on %s\n", j.ID, j.Input, r.Primes, j.Submit, wait, r.Worker)
	}
	fmt.Printf("average wait: %v\n", totalWait/time.Duration(len(jobs)))
	fmt.Printf("jobs per worker: %v\n", busy)
}
