package main

import (
	"errors"
	"fmt"
)

var (
	ErrInsufficientFunds = errors.New("insufficient funds")
	ErrAccountFrozen     = errors.New("account frozen")
	ErrInvalidAmount     = errors.New("invalid amount")
)

type LimitError struct {
	Account string
	Limit   int64
	Tried   int64
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("account %s: withdrawal %s exceeds daily limit %s",
		e.Account, formatCents(e.Tried), formatCents(e.Limit))
}

type Account struct {
	ID      string
	Owner   string
	Balance int64 // cents
	Frozen  bool
	Limit   int64
	history []string
}

func formatCents(c int64) string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func (a *Account) Deposit(amount int64) error {
	if amount <= 0 {
		return fmt.Errorf("deposit %d to %s: %w", amount, a.ID, ErrInvalidAmount)
	}
	if a.Frozen {
		return fmt.Errorf("deposit to %s: %w", a.ID, ErrAccountFrozen)
	}
	a.Balance += amount
	a.history = append(a.history, "+"+formatCents(amount))
	return nil
}

func (a *Account) Withdraw(amount int64) error {
	switch {
	case amount <= 0:
		return fmt.Errorf("withdraw %d from %s: %w", amount, a.ID, ErrInvalidAmount)
	case a.Frozen:
		return fmt.Errorf("withdraw from %s: %w", a.ID, ErrAccountFrozen)
	case a.Limit > 0 && amount > a.Limit:
		return &LimitError{Account: a.ID, Limit: a.Limit, Tried: amount}
	case amount > a.Balance:
		return fmt.Errorf("withdraw %s from %s (balance %s): %w",
			formatCents(amount), a.ID, formatCents(a.Balance), ErrInsufficientFunds)
	}
	a.Balance -= amount
	a.history = append(a.history, "-"+formatCents(amount))
	return nil
}

func Transfer(from, to *Account, amount int64) error {
	if err := from.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	if err := to.Deposit(amount); err != nil {
		// roll back
		from.Balance += amount
		from.history = from.history[:len(from.history)-1]
		return fmt.Errorf("transfer failed: %w", err)
	}
	return nil
}

func classify(err error) string {
	var le *LimitError
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &le):
		return fmt.Sprintf("limit (over by %s)", formatCents(le.Tried-le.Limit))
	case errors.Is(err, ErrInsufficientFunds):
		return "nsf"
	case errors.Is(err, ErrAccountFrozen):
		return "frozen"
	case errors.Is(err, ErrInvalidAmount):
		return "invalid"
	}
	return "unknown"
}

func main() {
	alice := &Account{ID: "A-100", Owner: "Alice", Limit: 50000}
	bob := &Account{ID: "B-200", Owner: "Bob"}
	carol := &Account{ID: "C-300", Owner: "Carol", Frozen: true}

	steps := []struct {
		name string
		run  func() error
	}{
		{"alice deposits 1000.00", func() error { return alice.Deposit(100000) }},
		{"bob deposits 25.50", func() error { return bob.Deposit(2550) }},
		{"bob withdraws 30.00", func() error { return bob.Withdraw(3000) }},
		{"alice withdraws 600.00", func() error { return alice.Withdraw(60000) }},
		{"alice -> bob 120.75", func() error { return Transfer(alice, bob, 12075) }},
		{"bob -> carol 10.00", func() error { return Transfer(bob, carol, 1000) }},
		{"carol deposits 5.00", func() error { return carol.Deposit(500) }},
		{"bob deposits -3", func() error { return bob.Deposit(-3) }},
	}
	for i, s := range steps {
		err := s.run()
		fmt.Printf("%d. %-24s => %s\n", i+1, s.name, classify(err))
		if err != nil {
			fmt.Printf("   error: %v\n", err)
		}
	}
	fmt.Println()
	for _, a := range []*Account{alice, bob, carol} {
		fmt.Printf("%-5s %-6s balance=%10s frozen=%-5t history=%v\n",
			a.ID, a.Owner, formatCents(a.Balance), a.Frozen, a.history)
	}
}
