package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Bank struct {
	mu       sync.Mutex
	accounts map[string]int
	txCount  int
}

func NewBank() *Bank {
	return &Bank{accounts: make(map[string]int)}
}

func (b *Bank) Open(name string, amount int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.accounts[name] = amount
}

func (b *Bank) Transfer(from, to string, amount int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts[from] < amount {
		return fmt.Errorf("transfer %s->%s of %d: %w", from, to, amount, ErrInsufficient)
	}
	b.accounts[from] -= amount
	b.accounts[to] += amount
	b.txCount++
	return nil
}

func (b *Bank) Total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	sum := 0
	for _, v := range b.accounts {
		sum += v
	}
	return sum
}

func main() {
	bank := NewBank()
	names := []string{"alice", "bob", "carol", "dave"}
	for _, n := range names {
		bank.Open(n, 1000)
	}
	fmt.Println("initial total:", bank.Total())

	// Every pair sends money back and forth the same number of times,
	// so the final balances do not depend on scheduling.
	var wg sync.WaitGroup
	var failMu sync.Mutex
	failures := 0
	for i, from := range names {
		for j, to := range names {
			if i == j {
				continue
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := 0; k < 50; k++ {
					if err := bank.Transfer(from, to, 5); err != nil {
						failMu.Lock()
						failures++
						failMu.Unlock()
					}
				}
			}()
		}
	}
	wg.Wait()

	keys := make([]string, 0, len(bank.accounts))
	for k := range bank.accounts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-6s %5d\n", k, bank.accounts[k])
	}
	fmt.Println("transactions:", bank.txCount, "failures:", failures)
	fmt.Println("final total:", bank.Total())

	err := bank.Transfer("alice", "bob", 5000)
	fmt.Println("big transfer:", err)
	fmt.Println("is insufficient:", errors.Is(err, ErrInsufficient))
}
