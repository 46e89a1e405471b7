// Lecture 6: deadlock and lock ordering.
//
// transfer(a, b) needs both account locks. If one goroutine transfers A->B
// while another transfers B->A and both lock "from" first, each can hold one
// lock and wait forever for the other (circular wait). The fix: always lock
// the account with the smaller ID first, which makes a cycle impossible.
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
}

type Bank struct {
	accounts []*Account
}

func NewBank(owners []string, initial int) *Bank {
	b := &Bank{}
	for i, o := range owners {
		b.accounts = append(b.accounts, &Account{ID: i, Owner: o, balance: initial})
	}
	return b
}

// Transfer moves amount between two accounts, acquiring locks in ID order.
func (b *Bank) Transfer(from, to, amount int) {
	if from == to {
		return
	}
	src, dst := b.accounts[from], b.accounts[to]
	first, second := src, dst
	if second.ID < first.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()

	src.balance -= amount
	dst.balance += amount
}

// Total locks every account (again in ID order) to take a consistent snapshot.
func (b *Bank) Total() int {
	for _, a := range b.accounts {
		a.mu.Lock()
	}
	sum := 0
	for _, a := range b.accounts {
		sum += a.balance
	}
	for i := len(b.accounts) - 1; i >= 0; i-- {
		b.accounts[i].mu.Unlock()
	}
	return sum
}

func main() {
	owners := []string{"alice", "bob", "carol", "dave"}
	bank := NewBank(owners, 1000)

	// Every ordered pair (i, j) gets its own goroutine, so A->B and B->A run
	// concurrently - exactly the pattern that deadlocks without ordering.
	// Each goroutine sends 2*(i+1)+j per transfer, 20 times. Since the total
	// outflow of any account stays below its starting balance, the final
	// balances do not depend on the order the transfers happen in.
	var wg sync.WaitGroup
	transfers := 0
	for i := range owners {
		for j := range owners {
			if i == j {
				continue
			}
			transfers += 20
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := 0; k < 20; k++ {
					bank.Transfer(i, j, 2*(i+1)+j)
				}
			}()
		}
	}
	wg.Wait()

	fmt.Printf("completed %d transfers without deadlock\n", transfers)
	for _, a := range bank.accounts {
		fmt.Printf("  %-6s (id %d): %5d\n", a.Owner, a.ID, a.balance)
	}
	total := bank.Total()
	fmt.Printf("total money: %d (conserved: %v)\n", total, total == 1000*len(owners))
}
