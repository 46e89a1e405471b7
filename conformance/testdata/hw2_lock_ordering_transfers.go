// Homework 2, problem 25: deadlock avoidance by lock ordering.
//
// A transfer from A to B must hold both account locks. The naive code locks
// `from` then `to`. If goroutine 1 transfers A->B while goroutine 2 transfers
// B->A, goroutine 1 may hold A and wait for B while goroutine 2 holds B and
// waits for A: a circular wait, i.e. deadlock. (Coffman conditions: mutual
// exclusion, hold-and-wait, no preemption, circular wait.)
//
// Fix: impose a global order on locks (here, account ID) and always acquire
// the lower ID first. A cycle in the wait-for graph would need some goroutine
// to wait for a lower ID while holding a higher one, which never happens.
package main

import (
	"fmt"
	"sync"
)

// Account is a balance guarded by its own lock.
type Account struct {
	ID      int
	mu      sync.Mutex
	Balance int
}

// Transfer is one scheduled movement of money.
type Transfer struct {
	From, To, Amount int
}

// transfer locks both accounts in ID order, never in from/to order.
func transfer(accts []*Account, t Transfer) {
	if t.From == t.To {
		return // locking the same mutex twice would self-deadlock
	}
	first, second := accts[t.From], accts[t.To]
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	accts[t.From].Balance -= t.Amount
	accts[t.To].Balance += t.Amount
}

func main() {
	const numAccounts, perWorker = 4, 200
	accts := make([]*Account, numAccounts)
	for i := range accts {
		accts[i] = &Account{ID: i, Balance: 500}
	}
	// Workers deliberately transfer in opposite directions over the same
	// pairs, the exact pattern that deadlocks with naive locking.
	plans := [][2]int{{0, 1}, {1, 0}, {2, 3}, {3, 2}, {0, 3}, {3, 0}}
	expected := make([]int, numAccounts)
	for i := range expected {
		expected[i] = 500
	}
	scripts := make([][]Transfer, len(plans))
	for w, pl := range plans {
		for i := 0; i < perWorker; i++ {
			t := Transfer{From: pl[0], To: pl[1], Amount: (w+1)*(i%5) + 1}
			scripts[w] = append(scripts[w], t)
			expected[t.From] -= t.Amount
			expected[t.To] += t.Amount
		}
	}

	var wg sync.WaitGroup
	for w := range scripts {
		wg.Go(func() {
			for _, t := range scripts[w] {
				transfer(accts, t)
			}
		})
	}
	wg.Wait()

	fmt.Println("Transfers with ordered locking")
	total, ok := 0, true
	for i, a := range accts {
		fmt.Printf("account %d: balance %d (expected %d)\n", a.ID, a.Balance, expected[i])
		total += a.Balance
		ok = ok && a.Balance == expected[i]
	}
	fmt.Println("transfers completed:", len(plans)*perWorker)
	fmt.Println("total money:", total)
	fmt.Println("balances match sequential replay:", ok)
}
