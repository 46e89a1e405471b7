// Exercise 1: a bank account guarded by a mutex, hit by many depositors.
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	owner   string
	balance int
	ops     int
}

func NewAccount(owner string, opening int) *Account {
	return &Account{owner: owner, balance: opening}
}

func (a *Account) Deposit(amount int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += amount
	a.ops++
}

func (a *Account) Withdraw(amount int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if amount > a.balance {
		return false
	}
	a.balance -= amount
	a.ops++
	return true
}

func (a *Account) Snapshot() (int, int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance, a.ops
}

// runDepositors starts n goroutines, each depositing amount(i) times times.
func runDepositors(acc *Account, n, times int, amount func(int) int) []int {
	var wg sync.WaitGroup
	perWorker := make([]int, n)
	for i := range n {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for range times {
				acc.Deposit(amount(id))
				perWorker[id] += amount(id)
			}
		}(i)
	}
	wg.Wait()
	return perWorker
}

func main() {
	acc := NewAccount("alice", 100)
	bal, ops := acc.Snapshot()
	fmt.Printf("opened account for %s: balance=%d ops=%d\n", acc.owner, bal, ops)

	perWorker := runDepositors(acc, 8, 250, func(id int) int { return id + 1 })
	total := 0
	for id, v := range perWorker {
		fmt.Printf("depositor %d contributed %5d\n", id, v)
		total += v
	}
	bal, ops = acc.Snapshot()
	fmt.Printf("after deposits: balance=%d ops=%d\n", bal, ops)
	fmt.Printf("expected balance: %d, match=%v\n", 100+total, bal == 100+total)

	// Concurrent withdrawals: only as many succeed as money allows.
	var wg sync.WaitGroup
	var mu sync.Mutex
	succeeded, failed := 0, 0
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok := acc.Withdraw(1000)
			mu.Lock()
			if ok {
				succeeded++
			} else {
				failed++
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	bal, ops = acc.Snapshot()
	fmt.Printf("withdrawals of 1000: succeeded=%d failed=%d\n", succeeded, failed)
	fmt.Printf("final balance: %d (never negative: %v)\n", bal, bal >= 0)
	fmt.Printf("total ops recorded: %d\n", ops)
}
