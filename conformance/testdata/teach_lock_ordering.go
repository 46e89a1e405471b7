package main

import (
	"fmt"
	"sync"
)

// Account has an id that defines a global lock order.
type Account struct {
	ID      int
	mu      sync.Mutex
	Balance int
}

func (a *Account) String() string { return fmt.Sprintf("acct%d=%d", a.ID, a.Balance) }

// Transfer locks the two accounts in increasing id order. If one goroutine
// locked A then B while another locked B then A, they could deadlock.
func Transfer(from, to *Account, amount int) {
	first, second := from, to
	if to.ID < from.ID {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	from.Balance -= amount
	to.Balance += amount
}

func total(accts []*Account) int {
	s := 0
	for _, a := range accts {
		s += a.Balance
	}
	return s
}

func main() {
	accts := []*Account{{ID: 0, Balance: 1000}, {ID: 1, Balance: 1000}, {ID: 2, Balance: 1000}}
	fmt.Println("== Before ==")
	fmt.Println(accts, "total", total(accts))

	// Opposite-direction transfers run at the same time: the classic deadlock setup.
	var wg sync.WaitGroup
	plan := []struct{ from, to, amount, times int }{
		{0, 1, 3, 100},
		{1, 0, 2, 100},
		{1, 2, 5, 50},
		{2, 0, 1, 200},
		{2, 1, 4, 25},
	}
	for _, p := range plan {
		wg.Go(func() {
			for range p.times {
				Transfer(accts[p.from], accts[p.to], p.amount)
			}
		})
	}
	wg.Wait()

	fmt.Println()
	fmt.Println("== After (balances are order independent because addition commutes) ==")
	fmt.Println(accts, "total", total(accts))
	fmt.Println("money conserved:", total(accts) == 3000)
	fmt.Println("rule: always acquire locks in one global order (here: by ID)")
}
