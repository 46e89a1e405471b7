package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	id      int
	mu      sync.Mutex
	balance int
	ops     int
}

type Bank struct {
	accounts []*Account
}

var ErrSameAccount = errors.New("same account")

// Transfer locks both accounts in id order so two opposite transfers can
// never wait on each other.
func (b *Bank) Transfer(from, to, amount int) error {
	if from == to {
		return ErrSameAccount
	}
	first, second := b.accounts[from], b.accounts[to]
	if first.id > second.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()

	src, dst := b.accounts[from], b.accounts[to]
	if src.balance < amount {
		return fmt.Errorf("account %d: insufficient funds", from)
	}
	src.balance -= amount
	dst.balance += amount
	src.ops++
	dst.ops++
	return nil
}

func (b *Bank) Total() int {
	// Lock everything in id order for a consistent snapshot.
	for _, a := range b.accounts {
		a.mu.Lock()
	}
	total := 0
	for _, a := range b.accounts {
		total += a.balance
	}
	for i := len(b.accounts) - 1; i >= 0; i-- {
		b.accounts[i].mu.Unlock()
	}
	return total
}

type transfer struct{ from, to, amount int }

func plan(worker, n, accounts int) []transfer {
	seed := uint32(worker*7919 + 17)
	next := func() int {
		seed ^= seed << 13
		seed ^= seed >> 17
		seed ^= seed << 5
		return int(seed % 1000)
	}
	out := make([]transfer, n)
	for i := range out {
		out[i] = transfer{next() % accounts, next() % accounts, next()%20 + 1}
	}
	return out
}

func main() {
	const numAccounts, workers, perWorker = 8, 6, 60
	bank := &Bank{}
	expected := make([]int, numAccounts)
	for i := 0; i < numAccounts; i++ {
		bank.accounts = append(bank.accounts, &Account{id: i, balance: 10000})
		expected[i] = 10000
	}
	fmt.Println("initial total:", bank.Total())

	plans := make([][]transfer, workers)
	for w := range plans {
		plans[w] = plan(w, perWorker, numAccounts)
		for _, t := range plans[w] {
			if t.from != t.to {
				expected[t.from] -= t.amount
				expected[t.to] += t.amount
			}
		}
	}

	same := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, t := range plans[w] {
				err := bank.Transfer(t.from, t.to, t.amount)
				if errors.Is(err, ErrSameAccount) {
					same[w]++
				} else if err != nil {
					panic(err) // balances are large enough that this cannot happen
				}
			}
		}()
	}
	wg.Wait()

	totalSame := 0
	for _, s := range same {
		totalSame += s
	}
	fmt.Println("self-transfers rejected:", totalSame)
	allMatch := true
	for i, a := range bank.accounts {
		fmt.Printf("account %d: balance %5d ops %3d\n", i, a.balance, a.ops)
		if a.balance != expected[i] {
			allMatch = false
		}
	}
	fmt.Println("final total:", bank.Total())
	fmt.Println("matches sequential replay:", allMatch)

	err := bank.Transfer(0, 1, 1_000_000)
	fmt.Println("huge transfer:", err)
}
