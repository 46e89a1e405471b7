package main

import (
	"errors"
	"fmt"
)

type Event interface{ eventName() string }

type AccountOpened struct {
	ID    string
	Owner string
}
type Deposited struct{ Amount int64 }
type Withdrawn struct{ Amount int64 }
type AccountFrozen struct{ Reason string }

func (AccountOpened) eventName() string { return "AccountOpened" }
func (Deposited) eventName() string     { return "Deposited" }
func (Withdrawn) eventName() string     { return "Withdrawn" }
func (AccountFrozen) eventName() string { return "AccountFrozen" }

var (
	ErrFrozen       = errors.New("account is frozen")
	ErrInsufficient = errors.New("insufficient funds")
)

type Account struct {
	ID      string
	Owner   string
	Balance int64
	Frozen  bool
	Version int
	changes []Event
}

// apply mutates state from an event; it never fails.
func (a *Account) apply(e Event) {
	switch ev := e.(type) {
	case AccountOpened:
		a.ID, a.Owner = ev.ID, ev.Owner
	case Deposited:
		a.Balance += ev.Amount
	case Withdrawn:
		a.Balance -= ev.Amount
	case AccountFrozen:
		a.Frozen = true
	}
	a.Version++
}

func (a *Account) record(e Event) {
	a.apply(e)
	a.changes = append(a.changes, e)
}

func (a *Account) Deposit(amount int64) error {
	if a.Frozen {
		return ErrFrozen
	}
	a.record(Deposited{amount})
	return nil
}

func (a *Account) Withdraw(amount int64) error {
	if a.Frozen {
		return ErrFrozen
	}
	if amount > a.Balance {
		return fmt.Errorf("withdraw %d with balance %d: %w", amount, a.Balance, ErrInsufficient)
	}
	a.record(Withdrawn{amount})
	return nil
}

func Rebuild(events []Event) *Account {
	a := &Account{}
	for _, e := range events {
		a.apply(e)
	}
	return a
}

func cents(v int64) string { return fmt.Sprintf("$%d.%02d", v/100, v%100) }

func main() {
	var store []Event
	acct := &Account{}
	acct.record(AccountOpened{ID: "acc-1", Owner: "Dana"})

	ops := []struct {
		kind   string
		amount int64
	}{
		{"deposit", 10000}, {"withdraw", 2550}, {"withdraw", 9000},
		{"deposit", 725}, {"freeze", 0}, {"deposit", 100},
	}
	for _, op := range ops {
		var err error
		switch op.kind {
		case "deposit":
			err = acct.Deposit(op.amount)
		case "withdraw":
			err = acct.Withdraw(op.amount)
		case "freeze":
			acct.record(AccountFrozen{Reason: "fraud review"})
		}
		status := "ok"
		if err != nil {
			status = "rejected: " + err.Error()
		}
		fmt.Printf("%-8s %8s -> %s (balance %s)\n", op.kind, cents(op.amount), status, cents(acct.Balance))
	}

	store = append(store, acct.changes...)
	fmt.Println("event log:")
	for i, e := range store {
		fmt.Printf("  %d %-13s %+v\n", i+1, e.eventName(), e)
	}

	for _, n := range []int{1, 3, 4, len(store)} {
		snap := Rebuild(store[:n])
		fmt.Printf("replay first %d: owner=%s balance=%s frozen=%v version=%d\n",
			n, snap.Owner, cents(snap.Balance), snap.Frozen, snap.Version)
	}

	final := Rebuild(store)
	err := final.Withdraw(1)
	fmt.Println("withdraw on rebuilt:", err, errors.Is(err, ErrFrozen))
}
