// Event sourcing: commands produce events, events are appended to a store,
// and state is rebuilt by replaying them (also from a snapshot).
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Event interface{ Apply(*Account) }

type Opened struct{ Owner string }
type Deposited struct{ Amount int }
type Withdrawn struct{ Amount int }
type Frozen struct{ Reason string }

func (e Opened) Apply(a *Account)    { a.Owner, a.Open = e.Owner, true }
func (e Deposited) Apply(a *Account) { a.Balance += e.Amount }
func (e Withdrawn) Apply(a *Account) { a.Balance -= e.Amount }
func (e Frozen) Apply(a *Account)    { a.Frozen = true }

type Account struct {
	Owner   string
	Balance int
	Open    bool
	Frozen  bool
	Version int
}

func (a Account) String() string {
	return fmt.Sprintf("{owner=%s balance=%d frozen=%t v%d}", a.Owner, a.Balance, a.Frozen, a.Version)
}

var (
	ErrClosed    = errors.New("account not open")
	ErrFrozen    = errors.New("account frozen")
	ErrOverdraft = errors.New("overdraft")
)

type Store struct{ events []Event }

func (s *Store) Replay(from Account, after int) Account {
	for _, e := range s.events[after:] {
		e.Apply(&from)
		from.Version++
	}
	return from
}

type Handler func(a Account, arg string) ([]Event, error)

var handlers = map[string]Handler{
	"open": func(a Account, arg string) ([]Event, error) {
		return []Event{Opened{arg}}, nil
	},
	"deposit": func(a Account, arg string) ([]Event, error) {
		var n int
		fmt.Sscan(arg, &n)
		if !a.Open {
			return nil, ErrClosed
		}
		return []Event{Deposited{n}}, nil
	},
	"withdraw": func(a Account, arg string) ([]Event, error) {
		var n int
		fmt.Sscan(arg, &n)
		switch {
		case a.Frozen:
			return nil, ErrFrozen
		case n > a.Balance:
			// A large overdraft attempt freezes the account.
			if n > 2*a.Balance {
				return []Event{Frozen{"suspicious withdrawal"}}, fmt.Errorf("withdraw %d: %w", n, ErrOverdraft)
			}
			return nil, fmt.Errorf("withdraw %d: %w", n, ErrOverdraft)
		}
		return []Event{Withdrawn{n}}, nil
	},
}

func main() {
	store := &Store{}
	var state Account
	var snapshot Account
	script := []string{
		"deposit 10", "open ada", "deposit 100", "withdraw 30", "deposit 45",
		"withdraw 200", "withdraw 250", "withdraw 20", "audit x", "deposit 5",
	}
	for i, line := range script {
		name, arg, _ := strings.Cut(line, " ")
		h, ok := handlers[name]
		if !ok {
			fmt.Printf("%2d %-14s unknown command\n", i+1, line)
			continue
		}
		evs, err := h(state, arg)
		store.events = append(store.events, evs...)
		state = store.Replay(state, len(store.events)-len(evs))
		if err != nil {
			fmt.Printf("%2d %-14s error: %v (overdraft=%t, emitted %d)\n", i+1, line, err, errors.Is(err, ErrOverdraft), len(evs))
		} else {
			fmt.Printf("%2d %-14s ok -> %v\n", i+1, line, state)
		}
		if i == 4 {
			snapshot = state
			fmt.Printf("   snapshot taken at v%d\n", snapshot.Version)
		}
	}
	fmt.Println("event log:")
	for i, e := range store.events {
		fmt.Printf("  %d %T%+v\n", i+1, e, e)
	}
	full := store.Replay(Account{}, 0)
	fromSnap := store.Replay(snapshot, snapshot.Version)
	fmt.Println("full replay:    ", full)
	fmt.Println("snapshot replay:", fromSnap)
	fmt.Println("consistent:", full == fromSnap && full == state)
}
