// Lab 2b: a bank with one lock per account.
// Transfers lock both accounts in id order to avoid deadlock.
// Every account starts rich enough that no valid transfer can bounce,
// so the final balances do not depend on the schedule.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var (
	ErrSameAccount = errors.New("same account")
	ErrBadAmount   = errors.New("amount must be positive")
	ErrNoAccount   = errors.New("no such account")
	ErrNoFunds     = errors.New("insufficient funds")
)

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
	ops     int
}

type Bank struct {
	accounts []*Account
}

func NewBank(n, initial int) *Bank {
	b := &Bank{}
	for i := 0; i < n; i++ {
		b.accounts = append(b.accounts, &Account{id: i, balance: initial})
	}
	return b
}

func (b *Bank) Transfer(from, to, amount int) error {
	if amount <= 0 {
		return ErrBadAmount
	}
	if from == to {
		return ErrSameAccount
	}
	if from < 0 || to < 0 || from >= len(b.accounts) || to >= len(b.accounts) {
		return fmt.Errorf("transfer %d->%d: %w", from, to, ErrNoAccount)
	}
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if c.id < a.id {
		first, second = c, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amount {
		return ErrNoFunds
	}
	a.balance -= amount
	c.balance += amount
	a.ops++
	c.ops++
	return nil
}

func (b *Bank) Total() int {
	sum := 0
	for _, a := range b.accounts {
		a.mu.Lock()
		sum += a.balance
		a.mu.Unlock()
	}
	return sum
}

type transfer struct{ from, to, amount int }

func main() {
	const nAccounts, initial = 6, 10000
	bank := NewBank(nAccounts, initial)

	// Each teller gets its own deterministic list of transfers.
	tellers := 5
	plans := make([][]transfer, tellers)
	for t := range plans {
		for k := 0; k < 200; k++ {
			from := (t + k) % nAccounts
			to := (t*3 + k*5) % nAccounts
			amount := ((k+t)%7)*3 - 2 + t%2 // sometimes <= 0 on purpose
			plans[t] = append(plans[t], transfer{from, to, amount})
		}
		plans[t] = append(plans[t], transfer{0, nAccounts + t, 10})
	}

	errCounts := make([]map[string]int, tellers)
	var wg sync.WaitGroup
	for t, plan := range plans {
		errCounts[t] = map[string]int{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, tr := range plan {
				err := bank.Transfer(tr.from, tr.to, tr.amount)
				switch {
				case err == nil:
					errCounts[t]["ok"]++
				case errors.Is(err, ErrNoAccount):
					errCounts[t]["no account"]++
				default:
					errCounts[t][err.Error()]++
				}
			}
		}()
	}
	wg.Wait()

	for t, m := range errCounts {
		fmt.Printf("teller %d: ok=%d bad-amount=%d same=%d missing=%d bounced=%d\n", t,
			m["ok"], m[ErrBadAmount.Error()], m[ErrSameAccount.Error()], m["no account"],
			m[ErrNoFunds.Error()])
	}
	for _, a := range bank.accounts {
		fmt.Printf("account %d: balance=%6d ops=%d\n", a.id, a.balance, a.ops)
	}
	fmt.Printf("total=%d expected=%d conserved=%v\n",
		bank.Total(), nAccounts*initial, bank.Total() == nAccounts*initial)
	fmt.Println(bank.Transfer(1, 99, 5))
}
