package main

import (
	"container/heap"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

var ErrPermanent = errors.New("permanent failure")

type Job struct {
	ID       string
	Attempts int
	RunAt    time.Duration // virtual time offset from start
	work     func(attempt int) error
}

// jobHeap orders jobs by RunAt, breaking ties by ID for determinism.
type jobHeap []*Job

func (h jobHeap) Len() int { return len(h) }
func (h jobHeap) Less(i, j int) bool {
	if h[i].RunAt != h[j].RunAt {
		return h[i].RunAt < h[j].RunAt
	}
	return h[i].ID < h[j].ID
}
func (h jobHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *jobHeap) Push(x any)   { *h = append(*h, x.(*Job)) }
func (h *jobHeap) Pop() any {
	old := *h
	j := old[len(old)-1]
	*h = old[:len(old)-1]
	return j
}

type Backoff struct {
	Base, Max time.Duration
	Jitter    float64 // fraction of the delay randomised, e.g. 0.2
	rng       *rand.Rand
}

func (b Backoff) Delay(attempt int) time.Duration {
	d := b.Base << (attempt - 1)
	if d > b.Max || d <= 0 {
		d = b.Max
	}
	if b.Jitter > 0 {
		spread := float64(d) * b.Jitter
		d += time.Duration(spread*b.rng.Float64()*2 - spread)
	}
	return d.Round(time.Millisecond)
}

func failTimes(n int, msg string) func(int) error {
	return func(attempt int) error {
		if attempt <= n {
			return fmt.Errorf("attempt %d: %s", attempt, msg)
		}
		return nil
	}
}

func main() {
	backoff := Backoff{Base: 100 * time.Millisecond, Max: 2 * time.Second, Jitter: 0.2,
		rng: rand.New(rand.NewPCG(1, 2))}
	const maxAttempts = 5

	q := &jobHeap{}
	heap.Push(q, &Job{ID: "send-email", work: failTimes(2, "smtp timeout")})
	heap.Push(q, &Job{ID: "charge-card", work: func(a int) error {
		return fmt.Errorf("attempt %d: card expired: %w", a, ErrPermanent)
	}})
	heap.Push(q, &Job{ID: "resize-image", work: failTimes(0, "")})
	heap.Push(q, &Job{ID: "sync-crm", work: failTimes(10, "503 from upstream")})

	done, dead := 0, 0
	for q.Len() > 0 {
		job := heap.Pop(q).(*Job)
		job.Attempts++
		err := job.work(job.Attempts)
		at := fmt.Sprintf("t=%6.3fs", job.RunAt.Seconds())
		switch {
		case err == nil:
			done++
			fmt.Printf("%s %-12s succeeded on attempt %d\n", at, job.ID, job.Attempts)
		case errors.Is(err, ErrPermanent):
			dead++
			fmt.Printf("%s %-12s dead-lettered: %v\n", at, job.ID, err)
		case job.Attempts >= maxAttempts:
			dead++
			fmt.Printf("%s %-12s gave up after %d attempts: %v\n", at, job.ID, job.Attempts, err)
		default:
			delay := backoff.Delay(job.Attempts)
			job.RunAt += delay
			fmt.Printf("%s %-12s failed (%v), retry in %v\n", at, job.ID, err, delay)
			heap.Push(q, job)
		}
	}
	fmt.Printf("summary: %d done, %d dead\n", done, dead)

	plain := Backoff{Base: 250 * time.Millisecond, Max: 10 * time.Second}
	for a := 1; a <= 8; a++ {
		fmt.Printf("attempt %d -> %v\n", a, plain.Delay(a))
	}
}
