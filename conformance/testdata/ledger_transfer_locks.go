package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      int
	mu      sync.Mutex
	balance int64
}

type Bank struct {
	accounts map[int]*Account
}

// Transfer locks both accounts in ID order so that two opposite
// transfers can never deadlock each other.
func (b *Bank) Transfer(from, to int, amount int64) error {
	if from == to {
		return nil
	}
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()

	if a.balance < amount {
		return fmt.Errorf("transfer %d->%d of %d: %w", from, to, amount, ErrInsufficient)
	}
	a.balance -= amount
	c.balance += amount
	return nil
}

func (b *Bank) Total() int64 {
	var sum int64
	for _, acc := range b.accounts {
		acc.mu.Lock()
		sum += acc.balance
		acc.mu.Unlock()
	}
	return sum
}

func main() {
	bank := &Bank{accounts: map[int]*Account{}}
	for id := range 4 {
		bank.accounts[id] = &Account{ID: id, balance: 50000}
	}
	fmt.Println("total before:", bank.Total())

	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	// Each worker shuffles money around the ring in both directions.
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 250 {
				from := (w + i) % 4
				to := (from + 1 + w%3) % 4
				if err := bank.Transfer(from, to, int64(1+i%7)); err != nil {
					mu.Lock()
					failures++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()

	fmt.Println("total after: ", bank.Total())
	fmt.Println("conserved:   ", bank.Total() == 200000)
	fmt.Println("failures:    ", failures)

	// A deliberately impossible transfer.
	err := bank.Transfer(0, 1, 1_000_000)
	fmt.Println("big transfer:", err)
	fmt.Println("is insufficient:", errors.Is(err, ErrInsufficient))

	ids := make([]int, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	var nonNegative = true
	for _, id := range ids {
		if bank.accounts[id].balance < 0 {
			nonNegative = false
		}
	}
	fmt.Println("accounts:", ids, "all non-negative:", nonNegative)
}
