package main

import (
	"errors"
	"fmt"
)

// Event is anything that can be applied to an Account.
type Event interface{ Apply(a *Account) }

type Opened struct{ Owner string }
type Deposited struct{ Amount int }
type Withdrawn struct{ Amount int }
type Closed struct{ Reason string }

func (e Opened) Apply(a *Account)    { a.Owner, a.Open = e.Owner, true }
func (e Deposited) Apply(a *Account) { a.Balance += e.Amount }
func (e Withdrawn) Apply(a *Account) { a.Balance -= e.Amount }
func (e Closed) Apply(a *Account)    { a.Open = false }

type Account struct {
	Owner            string
	Balance, Version int
	Open             bool
	pending          []Event
}

func (a *Account) record(e Event) {
	e.Apply(a)
	a.Version++
	a.pending = append(a.pending, e)
}

// Commands validate against current state and then record events.
func (a *Account) Deposit(n int) error {
	if !a.Open {
		return errors.New("account closed")
	}
	if n <= 0 {
		return fmt.Errorf("deposit %d: must be positive", n)
	}
	a.record(Deposited{n})
	return nil
}

func (a *Account) Withdraw(n int) error {
	if !a.Open {
		return errors.New("account closed")
	}
	if n > a.Balance {
		return fmt.Errorf("withdraw %d: insufficient funds (balance %d)", n, a.Balance)
	}
	a.record(Withdrawn{n})
	return nil
}

func Rebuild(events []Event) *Account {
	a := &Account{}
	for _, e := range events {
		e.Apply(a)
		a.Version++
	}
	return a
}

func main() {
	acct := &Account{}
	acct.record(Opened{"ada"})
	fmt.Println(acct.Deposit(100), acct.Deposit(-5), acct.Withdraw(30), acct.Withdraw(500), acct.Deposit(45))
	acct.record(Closed{"moved away"})
	fmt.Println(acct.Deposit(10), acct.Withdraw(1))

	store := acct.pending
	for i, e := range store {
		fmt.Printf("%d %-16T %+v\n", i+1, e, e)
	}

	fmt.Printf("live:     %+v\n", *acct)
	r := Rebuild(store)
	fmt.Printf("replayed: owner=%s balance=%d open=%t v=%d\n", r.Owner, r.Balance, r.Open, r.Version)
	for _, v := range []int{2, 3, 4} {
		snap := Rebuild(store[:v])
		fmt.Printf("at version %d: balance=%d open=%v\n", v, snap.Balance, snap.Open)
	}

	totals := map[string]int{}
	for _, e := range store {
		switch e := e.(type) {
		case Deposited:
			totals["in"] += e.Amount
		case Withdrawn:
			totals["out"] += e.Amount
		default:
			totals["other"]++
		}
	}
	fmt.Println(totals)
}
