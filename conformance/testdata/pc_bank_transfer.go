// Lab 14: bank transfers without deadlock by locking accounts in ID order.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	ID      int
	mu      sync.Mutex
	balance int
}

type Bank struct {
	accounts []*Account
}

var ErrInsufficient = errors.New("insufficient funds")

type TransferError struct {
	From, To, Amount int
	Err              error
}

func (e *TransferError) Error() string {
	return fmt.Sprintf("transfer %d->%d of %d: %v", e.From, e.To, e.Amount, e.Err)
}

func (e *TransferError) Unwrap() error { return e.Err }

// Transfer always locks the lower ID first, which rules out lock cycles.
func (b *Bank) Transfer(from, to, amount int) error {
	if from == to {
		return nil
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
		return &TransferError{from, to, amount, ErrInsufficient}
	}
	a.balance -= amount
	c.balance += amount
	return nil
}

func (b *Bank) Total() int {
	for _, a := range b.accounts {
		a.mu.Lock()
	}
	t := 0
	for _, a := range b.accounts {
		t += a.balance
		a.mu.Unlock()
	}
	return t
}

func main() {
	bank := &Bank{}
	for i := range 5 {
		bank.accounts = append(bank.accounts, &Account{ID: i, balance: 1000})
	}
	fmt.Println("total before:", bank.Total())

	// Every goroutine transfers in both directions around a ring, which would
	// deadlock quickly with naive lock ordering.
	var wg sync.WaitGroup
	for g := range 10 {
		wg.Go(func() {
			for i := range 200 {
				from := (g + i) % 5
				to := (from + 1 + i%4) % 5
				_ = bank.Transfer(from, to, 1)
				_ = bank.Transfer(to, from, 1)
			}
		})
	}
	wg.Wait()
	fmt.Println("total after:", bank.Total())
	for _, a := range bank.accounts {
		fmt.Printf("account %d: %d\n", a.ID, a.balance)
	}

	// Error handling with a wrapped sentinel.
	err := bank.Transfer(0, 1, 5000)
	var te *TransferError
	if errors.As(err, &te) {
		fmt.Printf("failed: %v\n", te)
		fmt.Printf("details: %+v\n", *te)
	}
	fmt.Println("is insufficient:", errors.Is(err, ErrInsufficient))

	// Sequential transfers give a predictable distribution.
	for i := range 4 {
		if err := bank.Transfer(i, i+1, 100*(i+1)); err != nil {
			fmt.Println("unexpected:", err)
		}
	}
	for _, a := range bank.accounts {
		fmt.Printf("account %d: %5d\n", a.ID, a.balance)
	}
	fmt.Println("total at end:", bank.Total())
}
