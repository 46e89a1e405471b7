package main

import (
	"errors"
	"fmt"
	"sync"
)

type Kind int

const (
	Deposit Kind = iota + 1
	Withdrawal
	TransferIn
	TransferOut
	Interest
)

func (k Kind) String() string {
	names := map[Kind]string{Deposit: "deposit", Withdrawal: "withdraw", TransferIn: "xfer-in", TransferOut: "xfer-out", Interest: "interest"}
	return names[k]
}

type Txn struct {
	Kind    Kind
	Amount  int64
	Balance int64
}

var ErrInsufficientFunds = errors.New("insufficient funds")

type InsufficientFundsError struct {
	Account   string
	Requested int64
	Available int64
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("account %s: requested %s, available %s", e.Account, cents(e.Requested), cents(e.Available))
}

func (e *InsufficientFundsError) Unwrap() error { return ErrInsufficientFunds }

func cents(v int64) string {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	return fmt.Sprintf("%s$%d.%02d", sign, v/100, v%100)
}

type Account interface {
	ID() string
	Balance() int64
	Deposit(amount int64, k Kind)
	Withdraw(amount int64, k Kind) error
	History() []Txn
}

type base struct {
	mu      sync.Mutex
	id      string
	balance int64
	history []Txn
}

func (b *base) ID() string     { return b.id }
func (b *base) History() []Txn { return b.history }
func (b *base) Balance() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.balance
}

func (b *base) Deposit(amount int64, k Kind) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.balance += amount
	b.history = append(b.history, Txn{k, amount, b.balance})
}

func (b *base) withdraw(amount, floor int64, k Kind) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.balance-amount < floor {
		return &InsufficientFundsError{b.id, amount, b.balance - floor}
	}
	b.balance -= amount
	b.history = append(b.history, Txn{k, -amount, b.balance})
	return nil
}

type Checking struct {
	base
	Overdraft int64
}

func (c *Checking) Withdraw(amount int64, k Kind) error { return c.withdraw(amount, -c.Overdraft, k) }

type Savings struct {
	base
	RateBP int64 // interest rate in basis points
}

func (s *Savings) Withdraw(amount int64, k Kind) error { return s.withdraw(amount, 0, k) }
func (s *Savings) AddInterest()                        { s.Deposit(s.Balance()*s.RateBP/10000, Interest) }

func Transfer(from, to Account, amount int64) error {
	if err := from.Withdraw(amount, TransferOut); err != nil {
		return fmt.Errorf("transfer %s -> %s: %w", from.ID(), to.ID(), err)
	}
	to.Deposit(amount, TransferIn)
	return nil
}

func main() {
	chk := &Checking{base: base{id: "CHK-1"}, Overdraft: 5000}
	sav := &Savings{base: base{id: "SAV-1"}, RateBP: 150}

	// 50 concurrent equal deposits: balances and history are order independent.
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			chk.Deposit(2550, Deposit)
		}()
	}
	wg.Wait()
	fmt.Printf("after concurrent deposits: %s in %d txns\n", cents(chk.Balance()), len(chk.History()))

	sav.Deposit(200000, Deposit)
	steps := []func() error{
		func() error { return Transfer(chk, sav, 100000) },
		func() error { return Transfer(chk, sav, 30000) },
		func() error { return chk.Withdraw(30000, Withdrawal) },
		func() error { return sav.Withdraw(500000, Withdrawal) },
		func() error { sav.AddInterest(); return nil },
		func() error { return Transfer(sav, chk, 4321) },
	}
	for i, step := range steps {
		err := step()
		var ife *InsufficientFundsError
		if errors.As(err, &ife) {
			fmt.Printf("step %d failed: %v (short by %s, is sentinel: %t)\n", i+1, err,
				cents(ife.Requested-ife.Available), errors.Is(err, ErrInsufficientFunds))
			continue
		}
		fmt.Printf("step %d ok: checking=%s savings=%s\n", i+1, cents(chk.Balance()), cents(sav.Balance()))
	}
	for _, acct := range []Account{chk, sav} {
		h := acct.History()
		fmt.Printf("== %s (%T) last %d of %d txns ==\n", acct.ID(), acct, min(4, len(h)), len(h))
		for _, t := range h[max(0, len(h)-4):] {
			fmt.Printf("  %-9v %10s %12s\n", t.Kind, cents(t.Amount), cents(t.Balance))
		}
	}
}
