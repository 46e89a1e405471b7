package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	ID      int
	balance int
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	a.balance += n
	a.mu.Unlock()
}

// Transfer locks both accounts in ID order so two opposite transfers
// can never deadlock.
func Transfer(from, to *Account, amount int) error {
	if from == to {
		return nil
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

func main() {
	accounts := make([]*Account, 4)
	for i := range accounts {
		accounts[i] = &Account{ID: i}
		accounts[i].Deposit(1000)
	}

	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 200 {
				from := accounts[(g+k)%len(accounts)]
				to := accounts[(g+2*k+1)%len(accounts)]
				_ = Transfer(from, to, 1+k%5)
			}
		})
	}
	wg.Wait()

	total := 0
	for _, a := range accounts {
		total += a.Balance()
	}
	fmt.Println("total conserved:", total == 4000, total)

	poor := &Account{ID: 10}
	rich := &Account{ID: 11}
	rich.Deposit(50)
	err := Transfer(poor, rich, 5)
	fmt.Println("error:", err)
	fmt.Println("is ErrInsufficient:", errors.Is(err, ErrInsufficient))
	fmt.Println("ok transfer:", Transfer(rich, poor, 20), poor.Balance(), rich.Balance())
}
