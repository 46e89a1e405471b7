package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	Owner   string
	Balance int
	mu      sync.Mutex
}

var ErrInsufficient = errors.New("insufficient funds")

func (a *Account) Deposit(amount int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.Balance += amount
}

func (a *Account) Withdraw(amount int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if amount > a.Balance {
		return ErrInsufficient
	}
	a.Balance -= amount
	return nil
}

func (a *Account) Get() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.Balance
}

func main() {
	acc := &Account{Owner: "maria", Balance: 100}
	fmt.Println("owner:", acc.Owner, "start balance:", acc.Get())

	err := acc.Withdraw(500)
	fmt.Println("withdraw 500:", err)
	err = acc.Withdraw(30)
	fmt.Println("withdraw 30:", err, "balance:", acc.Get())

	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acc.Deposit(10)
		}()
	}
	wg.Wait()
	fmt.Println("after 100 deposits of 10:", acc.Get())

	var failMu sync.Mutex
	failures := 0
	successes := 0
	for i := 0; i < 150; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := acc.Withdraw(10)
			failMu.Lock()
			if err != nil {
				failures++
			} else {
				successes++
			}
			failMu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("withdraw attempts: 150")
	fmt.Println("successes:", successes, "failures:", failures)
	fmt.Println("final balance:", acc.Get())
	fmt.Println("is insufficient:", errors.Is(ErrInsufficient, ErrInsufficient))

	accounts := []*Account{
		{Owner: "a", Balance: 50},
		{Owner: "b", Balance: 75},
	}
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			accounts[i%2].Deposit(i)
		}()
	}
	wg.Wait()
	for _, a := range accounts {
		fmt.Printf("%s has %d\n", a.Owner, a.Get())
	}
	fmt.Printf("%T\n", acc)
}
