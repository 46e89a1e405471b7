// Handout 21: bank transfers with per-account locks.
// A transfer must lock two accounts. Locking them in a global order
// (by account ID) rules out the classic A->B / B->A deadlock.
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	ID      int
	Owner   string
	mu      sync.Mutex
	balance int
	txCount int
}

type Bank struct{ accounts []*Account }

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
	if a.balance < amount {
		return false
	}
	a.balance -= amount
	c.balance += amount
	a.txCount++
	c.txCount++
	return true
}

func (b *Bank) Total() int {
	total := 0
	for _, a := range b.accounts {
		a.mu.Lock()
		total += a.balance
		a.mu.Unlock()
	}
	return total
}

type transfer struct{ from, to, amount int }

func main() {
	owners := []string{"Ada", "Brian", "Clara", "Dennis", "Edsger", "Frances"}
	bank := &Bank{}
	for i, o := range owners {
		bank.accounts = append(bank.accounts, &Account{ID: i, Owner: o, balance: 10000})
	}
	fmt.Println("initial total:", bank.Total())

	// Each teller performs a fixed script. Balances are large enough that
	// no transfer can fail, so the final state is order independent.
	const tellers = 6
	var wg sync.WaitGroup
	okCounts := make([]int, tellers)
	for t := range tellers {
		script := make([]transfer, 0, 50)
		for k := range 50 {
			from := (t + k) % len(owners)
			to := (t*5 + k*2 + 1) % len(owners)
			script = append(script, transfer{from, to, 1 + (t*13+k*7)%20})
		}
		wg.Go(func() {
			for _, tr := range script {
				if bank.Transfer(tr.from, tr.to, tr.amount) {
					okCounts[t]++
				}
			}
		})
	}
	wg.Wait()

	for t, n := range okCounts {
		fmt.Printf("teller %d completed %d transfers\n", t, n)
	}
	for _, a := range bank.accounts {
		fmt.Printf("%-8s balance=%6d transactions=%d\n", a.Owner, a.balance, a.txCount)
	}
	fmt.Println("final total:", bank.Total(), "(money is conserved)")
}
