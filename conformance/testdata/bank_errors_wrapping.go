package main

import (
	"errors"
	"fmt"
)

var (
	ErrAccountNotFound = errors.New("account not found")
	ErrFrozen          = errors.New("account is frozen")
)

type InsufficientFundsError struct {
	Account string
	Need    int
	Have    int
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("insufficient funds in %s: need %d, have %d", e.Account, e.Need, e.Have)
}

type LimitError struct {
	Limit  int
	Amount int
}

func (e LimitError) Error() string {
	return fmt.Sprintf("exceeds daily limit of %d", e.Limit)
}

type Bank struct {
	balances map[string]int
	frozen   map[string]bool
	limit    int
}

func (b *Bank) withdraw(id string, amount int) error {
	bal, ok := b.balances[id]
	if !ok {
		return fmt.Errorf("withdraw from %q: %w", id, ErrAccountNotFound)
	}
	if b.frozen[id] {
		return fmt.Errorf("withdraw from %q: %w", id, ErrFrozen)
	}
	if amount > b.limit {
		return fmt.Errorf("withdraw %d: %w", amount, LimitError{b.limit, amount})
	}
	if amount > bal {
		return &InsufficientFundsError{Account: id, Need: amount, Have: bal}
	}
	b.balances[id] = bal - amount
	return nil
}

func (b *Bank) Transfer(from, to string, amount int) error {
	if _, ok := b.balances[to]; !ok {
		return fmt.Errorf("transfer to %q: %w", to, ErrAccountNotFound)
	}
	if err := b.withdraw(from, amount); err != nil {
		return fmt.Errorf("transfer %s->%s failed: %w", from, to, err)
	}
	b.balances[to] += amount
	return nil
}

func explain(err error) string {
	var insuf *InsufficientFundsError
	var lim LimitError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrAccountNotFound):
		return "check the account number"
	case errors.Is(err, ErrFrozen):
		return "contact support"
	case errors.As(err, &insuf):
		return fmt.Sprintf("short by %d", insuf.Need-insuf.Have)
	case errors.As(err, &lim):
		return fmt.Sprintf("split into %d payments", (lim.Amount+lim.Limit-1)/lim.Limit)
	default:
		return "unknown problem"
	}
}

func main() {
	bank := &Bank{
		balances: map[string]int{"A-100": 500, "B-200": 1200, "C-300": 50},
		frozen:   map[string]bool{"C-300": true},
		limit:    1000,
	}

	attempts := []struct {
		from, to string
		amount   int
	}{
		{"A-100", "B-200", 200},
		{"A-100", "B-200", 400},
		{"Z-999", "A-100", 10},
		{"A-100", "X-000", 10},
		{"C-300", "A-100", 20},
		{"B-200", "A-100", 1500},
		{"B-200", "A-100", 700},
	}

	for i, a := range attempts {
		err := bank.Transfer(a.from, a.to, a.amount)
		fmt.Printf("#%d %s -> %s (%d)\n", i+1, a.from, a.to, a.amount)
		if err != nil {
			fmt.Println("   error:", err)
			fmt.Println("   unwrapped once:", errors.Unwrap(err))
		}
		fmt.Println("   advice:", explain(err))
	}

	fmt.Println("final:", bank.balances)
	joined := errors.Join(ErrFrozen, ErrAccountNotFound)
	fmt.Println("joined has frozen:", errors.Is(joined, ErrFrozen))
}
