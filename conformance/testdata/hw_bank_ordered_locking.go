package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      int
	mu      sync.Mutex
	balance int
}

type Bank struct{ accounts []*Account }

func NewBank(n, initial int) *Bank {
	b := &Bank{}
	for i := range n {
		b.accounts = append(b.accounts, &Account{ID: i, balance: initial})
	}
	return b
}

// Transfer always locks the lower account ID first, preventing deadlock.
func (b *Bank) Transfer(from, to, amount int) error {
	if from == to {
		return nil
	}
	first, second := b.accounts[from], b.accounts[to]
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	src, dst := b.accounts[from], b.accounts[to]
	if src.balance < amount {
		return fmt.Errorf("transfer %d->%d of %d: %w", from, to, amount, ErrInsufficient)
	}
	src.balance -= amount
	dst.balance += amount
	return nil
}

func (b *Bank) Total() int {
	for _, a := range b.accounts {
		a.mu.Lock()
	}
	total := 0
	for _, a := range b.accounts {
		total += a.balance
		a.mu.Unlock()
	}
	return total
}

func main() {
	const n, initial = 6, 1000
	bank := NewBank(n, initial)
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	for w := range 8 {
		wg.Go(func() {
			for i := range 200 {
				from, to := (w+i)%n, (w*3+i*5+1)%n
				if err := bank.Transfer(from, to, (i%7+1)*40); errors.Is(err, ErrInsufficient) {
					mu.Lock()
					failures++
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	total := bank.Total()
	fmt.Printf("total=%d expected=%d invariant holds: %v\n", total, n*initial, total == n*initial)
	fmt.Println("failures are possible and reported with errors.Is:", failures >= 0)
	err := bank.Transfer(0, 1, 1_000_000)
	fmt.Println("huge transfer:", err)
}
