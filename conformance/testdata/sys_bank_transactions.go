package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      int
	mu      sync.Mutex
	balance int
}

type Bank struct {
	accounts []*Account
}

func (b *Bank) Transfer(from, to, amt int) error {
	if from == to {
		return nil
	}
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if c.ID < a.ID {
		first, second = c, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amt {
		return fmt.Errorf("transfer %d->%d of %d: %w", from, to, amt, ErrInsufficient)
	}
	a.balance -= amt
	c.balance += amt
	return nil
}

func (b *Bank) Total() int {
	for _, a := range b.accounts {
		a.mu.Lock()
	}
	t := 0
	for _, a := range b.accounts {
		t += a.balance
	}
	for _, a := range b.accounts {
		a.mu.Unlock()
	}
	return t
}

func main() {
	b := &Bank{}
	for i := range 5 {
		b.accounts = append(b.accounts, &Account{ID: i, balance: 1000})
	}
	start := b.Total()
	var wg sync.WaitGroup
	var fails sync.Map
	for w := range 10 {
		wg.Go(func() {
			n := 0
			for i := range 200 {
				from := (w + i) % 5
				to := (w*3 + i*7 + 1) % 5
				if err := b.Transfer(from, to, 1+(i%9)); err != nil && errors.Is(err, ErrInsufficient) {
					n++
				}
			}
			fails.Store(w, n)
		})
	}
	wg.Wait()
	end := b.Total()
	fmt.Println("start total:", start)
	fmt.Println("end total:  ", end)
	fmt.Println("consistent: ", start == end)
	nonNeg := true
	for _, a := range b.accounts {
		if a.balance < 0 {
			nonNeg = false
		}
	}
	fmt.Println("no negative balances:", nonNeg)
	err := b.Transfer(0, 1, 1_000_000)
	fmt.Println("big transfer:", err, errors.Is(err, ErrInsufficient))
}
