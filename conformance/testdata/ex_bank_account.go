package main

import (
	"errors"
	"fmt"
	"sync"
)

var (
	ErrClosed       = errors.New("account closed")
	ErrInsufficient = errors.New("insufficient funds")
)

type Account struct {
	mu      sync.Mutex
	balance int64
	open    bool
}

func Open(initial int64) (*Account, error) {
	if initial < 0 {
		return nil, fmt.Errorf("negative initial deposit %d", initial)
	}
	return &Account{balance: initial, open: true}, nil
}

func (a *Account) Balance() (int64, error) { return a.Deposit(0) }

func (a *Account) Deposit(amount int64) (int64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return 0, ErrClosed
	}
	if a.balance+amount < 0 {
		return a.balance, fmt.Errorf("withdraw %d from %d: %w", -amount, a.balance, ErrInsufficient)
	}
	a.balance += amount
	return a.balance, nil
}

func (a *Account) Close() (int64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return 0, ErrClosed
	}
	a.open = false
	payout := a.balance
	a.balance = 0
	return payout, nil
}

func main() {
	acct, _ := Open(100)
	steps := []struct {
		name    string
		op      func() (int64, error)
		want    int64
		wantErr error
	}{
		{"balance", acct.Balance, 100, nil},
		{"deposit 50", func() (int64, error) { return acct.Deposit(50) }, 150, nil},
		{"withdraw 30", func() (int64, error) { return acct.Deposit(-30) }, 120, nil},
		{"overdraw", func() (int64, error) { return acct.Deposit(-500) }, 120, ErrInsufficient},
		{"close", acct.Close, 120, nil},
		{"balance closed", acct.Balance, 0, ErrClosed},
		{"deposit closed", func() (int64, error) { return acct.Deposit(5) }, 0, ErrClosed},
		{"close twice", acct.Close, 0, ErrClosed},
	}
	for _, s := range steps {
		got, err := s.op()
		status := "PASS"
		if got != s.want || !errors.Is(err, s.wantErr) {
			status = "FAIL"
		}
		fmt.Printf("%s %-15s -> %d, err=%v\n", status, s.name, got, err)
	}

	_, err := Open(-1)
	fmt.Println("open negative:", err)

	shared, _ := Open(0)
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				shared.Deposit(int64(i%3 + 1))
				shared.Deposit(-1)
			}
		}()
	}
	wg.Wait()
	bal, err := shared.Balance()
	const want = 4900 // goroutine i nets (i%3)*100; summed over i < 50
	fmt.Printf("concurrent balance=%d want=%d ok=%t err=%v\n", bal, want, bal == want, err)
}
