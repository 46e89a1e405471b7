package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	id      int
	owner   string
	balance int64
}

type Bank struct {
	accounts []*Account
}

func NewBank(owners []string, initial int64) *Bank {
	b := &Bank{}
	for i, o := range owners {
		b.accounts = append(b.accounts, &Account{id: i, owner: o, balance: initial})
	}
	return b
}

// Transfer always locks the account with the smaller id first,
// so two opposite transfers can never deadlock.
func (b *Bank) Transfer(from, to int, amount int64) error {
	if from == to {
		return fmt.Errorf("transfer %d->%d: same account", from, to)
	}
	src, dst := b.accounts[from], b.accounts[to]
	first, second := src, dst
	if first.id > second.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if src.balance < amount {
		return fmt.Errorf("transfer %d->%d of %d: %w", from, to, amount, ErrInsufficient)
	}
	src.balance -= amount
	dst.balance += amount
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

func plan(src, k, n int) (dst int, amount int64) {
	return (src + k) % n, int64((src+1)*k%7 + 1)
}

func main() {
	owners := []string{"ada", "brian", "carol", "dijkstra", "edsger", "frances"}
	bank := NewBank(owners, 1000)
	fmt.Println("initial total:", bank.Total())

	if err := bank.Transfer(0, 0, 10); err != nil {
		fmt.Println("error:", err)
	}
	err := bank.Transfer(1, 2, 5000)
	fmt.Println("error:", err)
	fmt.Println("is insufficient:", errors.Is(err, ErrInsufficient))

	n := len(owners)
	const rounds = 20
	var wg sync.WaitGroup
	var failMu sync.Mutex
	var failures []string
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(src int) {
			defer wg.Done()
			for k := 1; k <= rounds; k++ {
				dst, amount := plan(src, k, n)
				if dst == src {
					continue
				}
				if err := bank.Transfer(src, dst, amount); err != nil {
					failMu.Lock()
					failures = append(failures, err.Error())
					failMu.Unlock()
				}
			}
		}(i)
	}
	wg.Wait()
	sort.Strings(failures)
	fmt.Println("failures during parallel phase:", len(failures))

	// Compute the expected balances sequentially.
	expected := make([]int64, n)
	for i := range expected {
		expected[i] = 1000
	}
	for src := 0; src < n; src++ {
		for k := 1; k <= rounds; k++ {
			dst, amount := plan(src, k, n)
			if dst != src {
				expected[src] -= amount
				expected[dst] += amount
			}
		}
	}

	fmt.Println("--- ledger ---")
	for i, a := range bank.accounts {
		fmt.Printf("%-2d %-9s %5d (%+4d) expected=%d ok=%t\n",
			a.id, a.owner, a.balance, a.balance-1000, expected[i], a.balance == expected[i])
	}

	ranking := make([]*Account, n)
	copy(ranking, bank.accounts)
	sort.Slice(ranking, func(i, j int) bool {
		if ranking[i].balance != ranking[j].balance {
			return ranking[i].balance > ranking[j].balance
		}
		return ranking[i].id < ranking[j].id
	})
	fmt.Println("--- ranking ---")
	for pos, a := range ranking {
		fmt.Printf("#%d %s with %d\n", pos+1, a.owner, a.balance)
	}
	fmt.Println("final total:", bank.Total())
}
