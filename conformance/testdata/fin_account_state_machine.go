package main

import (
	"fmt"
	"strings"
)

type State uint8

const (
	Pending State = iota
	Active
	Frozen
	Dormant
	Closed
)

var stateNames = map[State]string{
	Pending: "PENDING", Active: "ACTIVE", Frozen: "FROZEN", Dormant: "DORMANT", Closed: "CLOSED",
}

func (s State) String() string { return stateNames[s] }

type Event string

const (
	Approve    Event = "approve"
	Freeze     Event = "freeze"
	Unfreeze   Event = "unfreeze"
	GoDormant  Event = "inactivity"
	Reactivate Event = "reactivate"
	Close      Event = "close"
)

type transition struct {
	from State
	ev   Event
}

var table = map[transition]State{
	{Pending, Approve}:    Active,
	{Pending, Close}:      Closed,
	{Active, Freeze}:      Frozen,
	{Active, GoDormant}:   Dormant,
	{Active, Close}:       Closed,
	{Frozen, Unfreeze}:    Active,
	{Dormant, Reactivate}: Active,
	{Dormant, Freeze}:     Frozen,
	{Dormant, Close}:      Closed,
}

type TransitionError struct {
	Account string
	From    State
	Event   Event
}

func (e TransitionError) Error() string {
	return fmt.Sprintf("account %s: event %q not allowed in state %v", e.Account, e.Event, e.From)
}

type Account struct {
	ID      string
	State   State
	Balance int64
	log     []string
}

func (a *Account) Fire(ev Event) error {
	next, ok := table[transition{a.State, ev}]
	if !ok {
		return TransitionError{a.ID, a.State, ev}
	}
	if next == Closed && a.Balance != 0 {
		return fmt.Errorf("account %s: cannot close with balance %d", a.ID, a.Balance)
	}
	a.log = append(a.log, fmt.Sprintf("%v-[%s]->%v", a.State, ev, next))
	a.State = next
	return nil
}

// MustFire is used for administrative scripts where failure is a bug.
func (a *Account) MustFire(ev Event) {
	if err := a.Fire(ev); err != nil {
		panic(err)
	}
}

func (a *Account) Withdraw(amt int64) error {
	if a.State != Active {
		return fmt.Errorf("account %s is %v: withdrawals disabled", a.ID, a.State)
	}
	if amt > a.Balance {
		return fmt.Errorf("account %s: insufficient funds (%d < %d)", a.ID, a.Balance, amt)
	}
	a.Balance -= amt
	return nil
}

func main() {
	acct := &Account{ID: "ACC-7", Balance: 5000}
	steps := []func() error{
		func() error { return acct.Withdraw(100) },
		func() error { return acct.Fire(Approve) },
		func() error { return acct.Withdraw(1200) },
		func() error { return acct.Fire(Freeze) },
		func() error { return acct.Withdraw(10) },
		func() error { return acct.Fire(Reactivate) },
		func() error { return acct.Fire(Unfreeze) },
		func() error { return acct.Fire(GoDormant) },
		func() error { return acct.Fire(Close) },
		func() error { return acct.Fire(Reactivate) },
		func() error { return acct.Withdraw(3800) },
		func() error { return acct.Withdraw(1) },
		func() error { return acct.Fire(Close) },
	}
	for i, step := range steps {
		if err := step(); err != nil {
			fmt.Printf("step %2d: error: %v\n", i+1, err)
			continue
		}
		fmt.Printf("step %2d: ok  state=%v balance=%d\n", i+1, acct.State, acct.Balance)
	}
	fmt.Println("history:", strings.Join(acct.log, " "))

	// count reachable transitions per state, in state order
	for s := Pending; s <= Closed; s++ {
		var evs []string
		for _, ev := range []Event{Approve, Freeze, Unfreeze, GoDormant, Reactivate, Close} {
			if _, ok := table[transition{s, ev}]; ok {
				evs = append(evs, string(ev))
			}
		}
		fmt.Printf("%-8v accepts %v\n", s, evs)
	}

	fmt.Println("running admin script: reopen closed account")
	acct.MustFire(Approve)
	fmt.Println("unreachable")
}
