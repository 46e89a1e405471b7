// Homework 4: concurrent bank transfers without deadlock.
// Locks are always acquired in account-ID order; the total is conserved.
package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
)

type Account struct {
	ID      int
	mu      sync.Mutex
	balance int
}

var ErrInsufficient = errors.New("insufficient funds")
var ErrSameAccount = errors.New("same account")

type Bank struct {
	accounts []*Account
	failed   map[string]int
	fmu      sync.Mutex
}

func (b *Bank) Transfer(from, to *Account, amount int) error {
	if from == to {
		return ErrSameAccount
	}
	first, second := from, to
	if second.ID < first.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return fmt.Errorf("transfer %d from #%d: %w", amount, from.ID, ErrInsufficient)
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

func (b *Bank) Total() int {
	t := 0
	for _, a := range b.accounts {
		a.mu.Lock()
		t += a.balance
		a.mu.Unlock()
	}
	return t
}

type transfer struct{ from, to, amount int }

func main() {
	b := &Bank{failed: map[string]int{}}
	for i := 0; i < 5; i++ {
		b.accounts = append(b.accounts, &Account{ID: i, balance: 1000})
	}
	before := b.Total()

	// Generate a fixed list of transfers with a seeded PRNG.
	r := rand.New(rand.NewPCG(1, 2))
	plan := make([]transfer, 400)
	for i := range plan {
		plan[i] = transfer{r.IntN(5), r.IntN(5), 1 + r.IntN(50)}
	}

	var wg sync.WaitGroup
	for _, t := range plan {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := b.Transfer(b.accounts[t.from], b.accounts[t.to], t.amount)
			if errors.Is(err, ErrSameAccount) {
				b.fmu.Lock()
				b.failed["same account"]++
				b.fmu.Unlock()
			}
		}()
	}
	wg.Wait()

	after := b.Total()
	fmt.Printf("total before=%d after=%d conserved=%v\n", before, after, before == after)
	fmt.Printf("self-transfers rejected: %d\n", b.failed["same account"])
	nonNeg := true
	for _, a := range b.accounts {
		if a.balance < 0 {
			nonNeg = false
		}
	}
	fmt.Println("no negative balances:", nonNeg)

	// Sequential checks with deterministic results.
	x, y := &Account{ID: 10, balance: 5}, &Account{ID: 11}
	fmt.Println("ok transfer:", b.Transfer(x, y, 5))
	err := b.Transfer(x, y, 1)
	fmt.Println("overdraft:", err)
	fmt.Println("is ErrInsufficient:", errors.Is(err, ErrInsufficient))
	fmt.Printf("x=%d y=%d\n", x.balance, y.balance)
}
