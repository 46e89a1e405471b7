package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type Account struct {
	mu      sync.Mutex
	ID      int
	Name    string
	balance int64
}

type Bank struct {
	accounts []*Account
	ops      atomic.Int64
	failed   atomic.Int64
}

var ErrSameAccount = errors.New("cannot transfer to same account")
var ErrFunds = errors.New("insufficient funds")

// Transfer locks both accounts in ID order to avoid deadlocks.
func (b *Bank) Transfer(from, to int, amount int64) error {
	if from == to {
		return ErrSameAccount
	}
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if c.ID < a.ID {
		first, second = c, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amount {
		return ErrFunds
	}
	a.balance -= amount
	c.balance += amount
	b.ops.Add(1)
	return nil
}

func (b *Bank) Total() int64 {
	var t int64
	for _, a := range b.accounts {
		a.mu.Lock()
		t += a.balance
		a.mu.Unlock()
	}
	return t
}

type transfer struct {
	from, to int
	amount   int64
}

func main() {
	names := []string{"alice", "bob", "carol", "dave", "erin"}
	bank := &Bank{}
	for i, n := range names {
		bank.accounts = append(bank.accounts, &Account{ID: i, Name: n, balance: 1_000_000})
	}
	before := bank.Total()

	// Build a deterministic workload. Each account sends at most
	// 200 * 2000 = 400,000 cents, well below its starting balance, so
	// no transfer can fail regardless of scheduling order.
	var work []transfer
	for i := 0; i < 1000; i++ {
		from := i % len(names)
		to := (i*7 + 3) % len(names)
		work = append(work, transfer{from, to, int64(500 + (i*37)%1500)})
	}

	var wg sync.WaitGroup
	const workers = 8
	jobs := make(chan transfer)
	var sameAcct atomic.Int64
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			for t := range jobs {
				if err := bank.Transfer(t.from, t.to, t.amount); err != nil {
					if errors.Is(err, ErrSameAccount) {
						sameAcct.Add(1)
					} else {
						bank.failed.Add(1)
					}
				}
			}
		})
	}
	for _, t := range work {
		jobs <- t
	}
	close(jobs)
	wg.Wait()

	// expected balances computed sequentially
	expected := make([]int64, len(names))
	for i := range expected {
		expected[i] = 1_000_000
	}
	for _, t := range work {
		if t.from != t.to {
			expected[t.from] -= t.amount
			expected[t.to] += t.amount
		}
	}

	fmt.Printf("transfers submitted: %d\n", len(work))
	fmt.Printf("applied: %d, rejected same-account: %d, failed: %d\n",
		bank.ops.Load(), sameAcct.Load(), bank.failed.Load())
	allMatch := true
	for i, a := range bank.accounts {
		match := a.balance == expected[i]
		allMatch = allMatch && match
		fmt.Printf("  %-6s %8d.%02d  matches sequential: %t\n", a.Name, a.balance/100, a.balance%100, match)
	}
	after := bank.Total()
	fmt.Printf("total before=%d after=%d conserved=%t\n", before, after, before == after)
	fmt.Println("all balances deterministic:", allMatch)

	// A concurrent over-draw attempt: 50 goroutines each try to take 30,000
	// from carol; exactly floor(balance/30000) succeed regardless of order.
	carol := bank.accounts[2]
	start := carol.balance
	var okCount atomic.Int64
	for i := 0; i < 50; i++ {
		wg.Go(func() {
			if bank.Transfer(2, 4, 30_000) == nil {
				okCount.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Printf("carol start=%d successes=%d (expected %d) remaining=%d\n",
		start, okCount.Load(), min(50, start/30_000), carol.balance)
	fmt.Println("total still conserved:", bank.Total() == before)
}
