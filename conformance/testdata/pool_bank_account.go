package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	owner   string
	balance int64
}

func NewAccount(owner string, initial int64) *Account {
	return &Account{owner: owner, balance: initial}
}

func (a *Account) Deposit(amount int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += amount
}

func (a *Account) Withdraw(amount int64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if amount > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", amount, a.owner, ErrInsufficientFunds)
	}
	a.balance -= amount
	return nil
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func main() {
	acct := NewAccount("alice", 1000)

	var wg sync.WaitGroup
	// 50 depositors each add 20, 50 withdrawers each take 10.
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			acct.Deposit(20)
		}()
		go func() {
			defer wg.Done()
			if err := acct.Withdraw(10); err != nil {
				fmt.Println("unexpected:", err)
			}
		}()
	}
	wg.Wait()
	fmt.Printf("after mixed traffic: %s has %d\n", acct.owner, acct.Balance())

	// Now try to drain the account with oversized withdrawals from
	// several goroutines. Exactly three of them can succeed.
	var mu sync.Mutex
	var failures []string
	successes := 0
	amounts := []int64{500, 500, 500, 500, 500}
	for i, amt := range amounts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := acct.Withdraw(amt)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if errors.Is(err, ErrInsufficientFunds) {
					failures = append(failures, fmt.Sprintf("request %d rejected", i))
				}
				return
			}
			successes++
		}()
	}
	wg.Wait()

	sort.Strings(failures)
	fmt.Printf("successful withdrawals: %d\n", successes)
	fmt.Printf("rejected withdrawals: %d\n", len(failures))
	fmt.Printf("final balance: %d\n", acct.Balance())

	err := acct.Withdraw(1)
	fmt.Println("one more try:", err)
	fmt.Println("is insufficient funds:", errors.Is(err, ErrInsufficientFunds))
}
