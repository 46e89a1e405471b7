package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// Semaphore is a counting semaphore built on a buffered channel.
type Semaphore chan struct{}

func NewSemaphore(n int) Semaphore { return make(Semaphore, n) }

func (s Semaphore) Acquire(ctx context.Context) error {
	select {
	case s <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s Semaphore) TryAcquire() bool {
	select {
	case s <- struct{}{}:
		return true
	default:
		return false
	}
}

func (s Semaphore) Release() { <-s }

type download struct {
	name  string
	bytes int
}

func main() {
	const limit = 3
	sem := NewSemaphore(limit)
	files := []download{
		{"a.tar", 120}, {"b.zip", 45}, {"c.iso", 700}, {"d.png", 12},
		{"e.mp4", 340}, {"f.txt", 3}, {"g.csv", 88}, {"h.json", 19},
		{"i.log", 256}, {"j.bin", 64}, {"k.gz", 91}, {"l.md", 7},
	}

	var inFlight, peak atomic.Int32
	var wg sync.WaitGroup
	var mu sync.Mutex
	var done []string
	var totalBytes atomic.Int64

	ctx := context.Background()
	for _, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := sem.Acquire(ctx); err != nil {
				return
			}
			defer sem.Release()
			cur := inFlight.Add(1)
			for {
				p := peak.Load()
				if cur <= p || peak.CompareAndSwap(p, cur) {
					break
				}
			}
			time.Sleep(200 * time.Microsecond)
			totalBytes.Add(int64(f.bytes))
			mu.Lock()
			done = append(done, f.name)
			mu.Unlock()
			inFlight.Add(-1)
		}()
	}
	wg.Wait()
	sort.Strings(done)
	fmt.Println("completed:", len(done), done)
	fmt.Println("total bytes:", totalBytes.Load())
	fmt.Printf("peak concurrency within limit %d: %v\n", limit, peak.Load() >= 1 && peak.Load() <= limit)
	fmt.Println("in flight after wait:", inFlight.Load())

	// TryAcquire behaviour on a full semaphore
	for i := 0; i < limit; i++ {
		fmt.Printf("try acquire %d: %v\n", i+1, sem.TryAcquire())
	}
	fmt.Println("try acquire when full:", sem.TryAcquire())
	sem.Release()
	fmt.Println("try acquire after one release:", sem.TryAcquire())

	// Acquire with a cancelled context fails fast when full
	cctx, cancel := context.WithCancel(context.Background())
	cancel()
	fmt.Println("acquire with cancelled ctx:", sem.Acquire(cctx))
	for i := 0; i < limit; i++ {
		sem.Release()
	}
	fmt.Println("slots in use at end:", len(sem), "capacity:", cap(sem))
}
