// Exercise 16: concurrent transfers between accounts; deadlock avoided by lock ordering.
package main

import (
	"fmt"
	"math/rand/v2"
	"sync"
)

type Account struct {
	ID      int
	mu      sync.Mutex
	balance int
	in, out int
}

type Bank struct{ accounts []*Account }

func NewBank(n, opening int) *Bank {
	b := &Bank{}
	for i := range n {
		b.accounts = append(b.accounts, &Account{ID: i, balance: opening})
	}
	return b
}

// Transfer locks the lower-numbered account first, so two opposite transfers
// can never wait on each other.
func (b *Bank) Transfer(from, to, amount int) bool {
	if from == to {
		return false
	}
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if second.ID < first.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	a.balance -= amount // overdraft allowed: the outcome stays order independent
	c.balance += amount
	a.out++
	c.in++
	return true
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

type Plan struct{ From, To, Amount int }

func makePlans(seed uint64, n, accounts int) []Plan {
	r := rand.New(rand.NewPCG(seed, 2))
	plans := make([]Plan, n)
	for i := range plans {
		plans[i] = Plan{r.IntN(accounts), r.IntN(accounts), 1 + r.IntN(50)}
	}
	return plans
}

func main() {
	bank := NewBank(6, 1000)
	fmt.Printf("opening total: %d\n", bank.Total())
	const tellers = 4
	var wg sync.WaitGroup
	done := make([]int, tellers)
	for t := range tellers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, p := range makePlans(uint64(t+1), 300, len(bank.accounts)) {
				if bank.Transfer(p.From, p.To, p.Amount) {
					done[t]++
				}
			}
		}()
	}
	wg.Wait()
	for t, n := range done {
		fmt.Printf("teller %d completed %d transfers\n", t, n)
	}
	for _, a := range bank.accounts {
		fmt.Printf("account %d: balance=%5d in=%3d out=%3d\n", a.ID, a.balance, a.in, a.out)
	}
	fmt.Printf("closing total: %d (money conserved: %v)\n", bank.Total(), bank.Total() == 6000)
}
