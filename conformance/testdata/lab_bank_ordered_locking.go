// Lab 3: a thread-safe bank. Each account has its own mutex; transfers
// lock the two accounts in ID order so concurrent opposite transfers
// cannot deadlock.
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

type Bank struct {
	accounts []*Account
}

func NewBank(initial ...int) *Bank {
	b := &Bank{}
	for i, amt := range initial {
		b.accounts = append(b.accounts, &Account{ID: i, balance: amt})
	}
	return b
}

// Transfer moves amount from account `from` to account `to`.
func (b *Bank) Transfer(from, to, amount int) error {
	if from == to {
		return nil
	}
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if second.ID < first.ID {
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

func (b *Bank) Total() int {
	sum := 0
	for _, acc := range b.accounts {
		acc.mu.Lock()
		sum += acc.balance
		acc.mu.Unlock()
	}
	return sum
}

func main() {
	bank := NewBank(10000, 8000, 6000, 4000)
	before := bank.Total()

	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	// Balances are large enough that no transfer can fail, so the final
	// balances are independent of interleaving.
	for i := range 4 {
		for j := range 4 {
			if i == j {
				continue
			}
			wg.Go(func() {
				for range 100 {
					if err := bank.Transfer(i, j, (i+1)*(j+2)); err != nil {
						mu.Lock()
						failures++
						mu.Unlock()
					}
				}
			})
		}
	}
	wg.Wait()

	for _, acc := range bank.accounts {
		fmt.Printf("account %d: %d\n", acc.ID, acc.balance)
	}
	fmt.Println("total before:", before, "after:", bank.Total())
	fmt.Println("failed transfers:", failures)

	err := bank.Transfer(3, 1, 50000)
	fmt.Println("overdraft:", err, errors.Is(err, ErrInsufficient))
}
