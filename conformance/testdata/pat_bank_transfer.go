package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	ID      int
	mu      sync.Mutex
	balance int
}

var ErrSameAccount = errors.New("cannot transfer to same account")

// Transfer always locks the account with the lower ID first, so two opposite
// transfers can never hold one lock each and wait for the other.
func Transfer(from, to *Account, amount int) error {
	if from.ID == to.ID {
		return fmt.Errorf("transfer %d->%d: %w", from.ID, to.ID, ErrSameAccount)
	}
	first, second := from, to
	if second.ID < first.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return fmt.Errorf("transfer %d->%d: insufficient funds", from.ID, to.ID)
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

type Bank []*Account

func (b Bank) Total() int {
	sum := 0
	for _, a := range b {
		a.mu.Lock()
		sum += a.balance
		a.mu.Unlock()
	}
	return sum
}

func main() {
	const n, start = 5, 1000
	bank := make(Bank, n)
	expected := make([]int, n)
	for i := range bank {
		bank[i] = &Account{ID: i, balance: start}
		expected[i] = start
	}
	before := bank.Total()

	// Every account sends 9 transfers of at most 100 to the others (and back),
	// so no account can ever be overdrawn whatever the interleaving.
	type tx struct{ from, to, amount int }
	var txs []tx
	for i := range n {
		for k := 1; k <= 9; k++ {
			t := tx{i, (i + k) % n, (i*7+k*13)%90 + 10}
			txs = append(txs, t)
			expected[t.from] -= t.amount
			expected[t.to] += t.amount
		}
	}
	var wg sync.WaitGroup
	errs := make([]error, len(txs))
	for j, t := range txs {
		wg.Go(func() { errs[j] = Transfer(bank[t.from], bank[t.to], t.amount) })
	}
	wg.Wait()

	failed, same := 0, 0
	for _, err := range errs {
		if err != nil {
			failed++
			if errors.Is(err, ErrSameAccount) {
				same++
			}
		}
	}
	fmt.Printf("transfers=%d failed=%d (same-account=%d)\n", len(txs), failed, same)
	ok := true
	for i, a := range bank {
		fmt.Printf("account %d: %5d (expected %5d)\n", a.ID, a.balance, expected[i])
		ok = ok && a.balance == expected[i] && a.balance >= 0
	}
	fmt.Println("balances match:", ok)
	fmt.Println("invariant total:", before, "==", bank.Total(), before == bank.Total())
	fmt.Println(Transfer(bank[2], bank[2], 5))
}
