package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	ID      int
	Owner   string
	mu      sync.Mutex
	balance int
}

var ErrInsufficient = errors.New("insufficient funds")

// lockPair always locks the account with the smaller ID first. Because every
// goroutine follows the same global order, a cycle of waiting is impossible.
func lockPair(a, b *Account) (unlock func()) {
	first, second := a, b
	if b.ID < a.ID {
		first, second = b, a
	}
	first.mu.Lock()
	second.mu.Lock()
	return func() {
		second.mu.Unlock()
		first.mu.Unlock()
	}
}

func Transfer(from, to *Account, amount int) error {
	if from == to {
		return nil
	}
	unlock := lockPair(from, to)
	defer unlock()
	if from.balance < amount {
		return fmt.Errorf("%s -> %s (%d): %w", from.Owner, to.Owner, amount, ErrInsufficient)
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

func main() {
	// Starting balances are large enough that ordinary transfers never fail,
	// so the final state does not depend on how goroutines interleave.
	accounts := []*Account{
		{ID: 1, Owner: "ada", balance: 20000},
		{ID: 2, Owner: "linus", balance: 20000},
		{ID: 3, Owner: "grace", balance: 20000},
		{ID: 4, Owner: "ken", balance: 20000},
	}

	// Every pair of goroutines transfers in opposite directions, the classic
	// recipe for deadlock when locks are taken in argument order.
	const rounds = 1000
	failures := make([]int, 0)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range accounts {
		for j := range accounts {
			if i == j {
				continue
			}
			wg.Add(1)
			go func(from, to *Account) {
				defer wg.Done()
				failed := 0
				for r := range rounds {
					amt := from.ID
					if r%100 == 0 {
						amt = 1_000_000 // deliberately too large, always refused
					}
					if err := Transfer(from, to, amt); errors.Is(err, ErrInsufficient) {
						failed++
					}
				}
				mu.Lock()
				failures = append(failures, failed)
				mu.Unlock()
			}(accounts[i], accounts[j])
		}
	}
	wg.Wait()

	total, refused := 0, 0
	for _, a := range accounts {
		fmt.Printf("account %d %-6s balance %5d\n", a.ID, a.Owner, a.balance)
		total += a.balance
	}
	for _, f := range failures {
		refused += f
	}
	fmt.Printf("goroutines: %d, transfers attempted: %d\n", len(failures), len(failures)*rounds)
	fmt.Printf("refused transfers: %d\n", refused)
	fmt.Printf("total money: %d (conserved: %v)\n", total, total == 80000)

	err := Transfer(accounts[0], accounts[3], 99999)
	fmt.Println("final check:", err)
}
