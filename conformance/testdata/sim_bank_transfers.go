package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

var ErrAccountNotFound = errors.New("account not found")

type InsufficientFundsError struct {
	Account string
	Balance int
	Needed  int
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("account %s: insufficient funds (balance %d, needed %d)", e.Account, e.Balance, e.Needed)
}

type Account struct {
	ID      string
	Owner   string
	Balance int
}

type Bank struct {
	accounts map[string]*Account
	log      []string
}

func (b *Bank) Open(id, owner string, initial int) {
	b.accounts[id] = &Account{ID: id, Owner: owner, Balance: initial}
}

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("lookup %q: %w", id, ErrAccountNotFound)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, amount int) error {
	src, err := b.get(from)
	if err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	dst, err := b.get(to)
	if err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	if src.Balance < amount {
		return fmt.Errorf("transfer failed: %w", &InsufficientFundsError{src.ID, src.Balance, amount})
	}
	src.Balance -= amount
	dst.Balance += amount
	b.log = append(b.log, fmt.Sprintf("%s -> %s: %d", from, to, amount))
	return nil
}

func main() {
	bank := &Bank{accounts: make(map[string]*Account)}
	bank.Open("A1", "Alice", 100)
	bank.Open("B2", "Bob", 50)
	bank.Open("C3", "Carol", 0)

	transfers := []struct {
		from, to string
		amount   int
	}{
		{"A1", "B2", 30},
		{"B2", "C3", 100},
		{"C3", "Z9", 5},
		{"B2", "C3", 80},
		{"A1", "C3", 70},
	}
	for _, t := range transfers {
		err := bank.Transfer(t.from, t.to, t.amount)
		var ife *InsufficientFundsError
		switch {
		case err == nil:
			fmt.Printf("ok: %s -> %s %d\n", t.from, t.to, t.amount)
		case errors.Is(err, ErrAccountNotFound):
			fmt.Println("missing account:", err)
		case errors.As(err, &ife):
			fmt.Printf("short by %d: %v\n", ife.Needed-ife.Balance, err)
		default:
			fmt.Println("unexpected:", err)
		}
	}

	for _, id := range slices.Sorted(maps.Keys(bank.accounts)) {
		fmt.Printf("%+v\n", *bank.accounts[id])
	}
	fmt.Printf("%d successful transfers: %q\n", len(bank.log), bank.log)
}
