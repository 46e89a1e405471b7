package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	ID      int
	Owner   string
	balance int64
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

type Bank struct {
	accounts []*Account
	txMu     sync.Mutex
	txCount  int
}

func NewBank(owners []string, initial int64) *Bank {
	b := &Bank{}
	for i, name := range owners {
		b.accounts = append(b.accounts, &Account{ID: i, Owner: name, balance: initial})
	}
	return b
}

// Transfer locks both accounts in ID order so that two opposite
// transfers can never deadlock each other.
func (b *Bank) Transfer(from, to int, amount int64) error {
	if from == to {
		return nil
	}
	src, dst := b.accounts[from], b.accounts[to]
	first, second := src, dst
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()

	if src.balance < amount {
		return fmt.Errorf("transfer %s -> %s of %d: %w", src.Owner, dst.Owner, amount, ErrInsufficientFunds)
	}
	src.balance -= amount
	dst.balance += amount

	b.txMu.Lock()
	b.txCount++
	b.txMu.Unlock()
	return nil
}

func (b *Bank) Total() int64 {
	var sum int64
	for _, a := range b.accounts {
		sum += a.Balance()
	}
	return sum
}

func main() {
	owners := []string{"alice", "bob", "carol", "dave", "erin"}
	bank := NewBank(owners, 1000)
	fmt.Printf("initial total: %d\n", bank.Total())

	const rounds = 50
	var wg sync.WaitGroup
	errCount := make([]int, len(owners))
	for i := range owners {
		wg.Add(1)
		go func(from int) {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				to := (from + 1 + r%(len(owners)-1)) % len(owners)
				if err := bank.Transfer(from, to, int64(from+1)); err != nil {
					errCount[from]++
				}
			}
		}(i)
	}
	wg.Wait()

	for i, a := range bank.accounts {
		fmt.Printf("%-6s balance=%5d failed=%d\n", a.Owner, a.Balance(), errCount[i])
	}
	fmt.Printf("transactions committed: %d\n", bank.txCount)
	fmt.Printf("final total: %d\n", bank.Total())

	// A sequential overdraft attempt shows error wrapping.
	err := bank.Transfer(0, 1, 5000)
	fmt.Println("overdraft error:", err)
	fmt.Println("is insufficient funds:", errors.Is(err, ErrInsufficientFunds))
	fmt.Printf("total unchanged: %v\n", bank.Total() == int64(len(owners))*1000)
}
