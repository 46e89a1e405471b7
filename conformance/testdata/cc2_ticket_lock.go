package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// TicketLock hands out tickets in arrival order and serves them FIFO,
// which makes it fair, unlike a plain test-and-set spin lock.
type TicketLock struct {
	next    atomic.Uint32
	serving atomic.Uint32
}

func (l *TicketLock) Lock() {
	my := l.next.Add(1) - 1
	for l.serving.Load() != my {
		runtime.Gosched()
	}
}

func (l *TicketLock) Unlock() {
	l.serving.Add(1)
}

// TryLock only succeeds if nobody holds or waits for the lock.
func (l *TicketLock) TryLock() bool {
	s := l.serving.Load()
	return l.next.CompareAndSwap(s, s+1)
}

var _ sync.Locker = (*TicketLock)(nil)

type Ledger struct {
	lock    TicketLock
	entries []int
	sum     int
	maxIn   int
	inside  int
}

func (g *Ledger) record(v int) {
	g.lock.Lock()
	defer g.lock.Unlock()
	g.inside++
	if g.inside > g.maxIn {
		g.maxIn = g.inside
	}
	g.entries = append(g.entries, v)
	g.sum += v
	g.inside--
}

func main() {
	var l TicketLock
	fmt.Println("trylock on free lock:", l.TryLock())
	fmt.Println("trylock on held lock:", l.TryLock())
	l.Unlock()
	fmt.Println("trylock after unlock:", l.TryLock())
	l.Unlock()
	fmt.Println("tickets issued:", l.next.Load(), "served:", l.serving.Load())

	ledger := &Ledger{}
	const workers, per = 5, 150
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i++ {
				ledger.record(w*1000 + i)
			}
		}()
	}
	wg.Wait()

	want := 0
	for w := 0; w < workers; w++ {
		for i := 0; i < per; i++ {
			want += w*1000 + i
		}
	}
	fmt.Println("entries:", len(ledger.entries))
	fmt.Println("sum:", ledger.sum, "expected:", want)
	fmt.Println("max inside critical section:", ledger.maxIn)

	// Each worker's own entries must appear in the order it recorded them.
	lastSeen := make([]int, workers)
	for i := range lastSeen {
		lastSeen[i] = -1
	}
	ordered := true
	for _, e := range ledger.entries {
		w, i := e/1000, e%1000
		if i != lastSeen[w]+1 {
			ordered = false
		}
		lastSeen[w] = i
	}
	fmt.Println("per-worker order preserved:", ordered)
	fmt.Println("final tickets issued:", ledger.lock.next.Load())
	fmt.Println("final tickets served:", ledger.lock.serving.Load())

	// The lock satisfies sync.Locker, so it works with sync.Cond too.
	var cl TicketLock
	cond := sync.NewCond(&cl)
	ready := false
	done := make(chan string)
	go func() {
		cl.Lock()
		for !ready {
			cond.Wait()
		}
		cl.Unlock()
		done <- "waiter woke up"
	}()
	cl.Lock()
	ready = true
	cond.Broadcast()
	cl.Unlock()
	fmt.Println(<-done)
}
