package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	owner   string
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.owner, ErrInsufficient)
	}
	a.balance -= n
	return nil
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func main() {
	acc := &Account{owner: "alice"}
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			acc.Deposit(n)
		}(i)
	}
	wg.Wait()
	fmt.Println("balance:", acc.Balance())
	err := acc.Withdraw(10000)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	if err := acc.Withdraw(50); err == nil {
		fmt.Println("after withdraw:", acc.Balance())
	}
}
