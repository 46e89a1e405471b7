// Exercise 13: a FIFO ticket lock built from two atomic counters.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type TicketLock struct {
	next    atomic.Uint64
	serving atomic.Uint64
}

// Lock takes a ticket and spins (politely) until that ticket is served.
func (t *TicketLock) Lock() uint64 {
	my := t.next.Add(1) - 1
	for t.serving.Load() != my {
		runtime.Gosched()
	}
	return my
}

func (t *TicketLock) Unlock() { t.serving.Add(1) }

type Ledger struct {
	lock    TicketLock
	entries []uint64 // tickets in the order they entered the critical section
	balance int
	perUser []int
}

func (l *Ledger) Post(user, amount int) {
	ticket := l.lock.Lock()
	defer l.lock.Unlock()
	l.entries = append(l.entries, ticket)
	l.balance += amount
	l.perUser[user] += amount
}

func inOrder(xs []uint64) bool {
	for i, x := range xs {
		if x != uint64(i) {
			return false
		}
	}
	return true
}

func main() {
	const users, posts = 5, 40
	ledger := &Ledger{perUser: make([]int, users)}
	var wg sync.WaitGroup
	for u := range users {
		wg.Add(1)
		go func(user int) {
			defer wg.Done()
			for i := range posts {
				amount := (user + 1) * 10
				if i%4 == 3 {
					amount = -amount // every fourth post is a refund
				}
				ledger.Post(user, amount)
			}
		}(u)
	}
	wg.Wait()

	fmt.Printf("tickets issued: %d\n", ledger.lock.next.Load())
	fmt.Printf("tickets served: %d\n", ledger.lock.serving.Load())
	fmt.Printf("critical-section entries: %d\n", len(ledger.entries))
	fmt.Printf("entries were served in ticket order: %v\n", inOrder(ledger.entries))
	expected := 0
	for u, v := range ledger.perUser {
		want := posts / 2 * (u + 1) * 10 // 3 deposits and 1 refund per 4 posts
		expected += want
		fmt.Printf("user %d net posted %4d (expected %4d)\n", u, v, want)
	}
	fmt.Printf("ledger balance %d (expected %d)\n", ledger.balance, expected)

	// A single goroutine re-uses the same lock: tickets keep counting up.
	for i := range 3 {
		t := ledger.lock.Lock()
		fmt.Printf("solo acquisition %d got ticket %d\n", i, t)
		ledger.lock.Unlock()
	}
	fmt.Printf("lock is free: %v\n", ledger.lock.next.Load() == ledger.lock.serving.Load())
}
