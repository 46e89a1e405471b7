package main

import (
	"fmt"
	"sort"
)

// Event is anything that can happen to an account.
type Event interface {
	AccountID() string
}

type Opened struct{ ID, Owner string }

type Deposited struct {
	ID     string
	Amount int64
}

type Withdrawn struct {
	ID     string
	Amount int64
}

type Closed struct{ ID, Reason string }

func (e Opened) AccountID() string    { return e.ID }
func (e Deposited) AccountID() string { return e.ID }
func (e Withdrawn) AccountID() string { return e.ID }
func (e *Closed) AccountID() string   { return e.ID }

type State struct {
	Owner   string
	Balance int64
	Open    bool
	Events  int
}

// Replay rebuilds account state from an event log (event sourcing).
func Replay(log []Event) (map[string]*State, []string) {
	states := map[string]*State{}
	var warnings []string
	for i, ev := range log {
		st := states[ev.AccountID()]
		if st == nil {
			st = &State{}
			states[ev.AccountID()] = st
		}
		st.Events++
		switch e := ev.(type) {
		case Opened:
			st.Owner, st.Open = e.Owner, true
		case Deposited:
			st.Balance += e.Amount
		case Withdrawn:
			if !st.Open {
				warnings = append(warnings, fmt.Sprintf("event %d: withdrawal on closed %s", i, e.ID))
				continue
			}
			st.Balance -= e.Amount
		case *Closed:
			st.Open = false
			warnings = append(warnings, fmt.Sprintf("event %d: %s closed (%s), balance %d", i, e.ID, e.Reason, st.Balance))
		default:
			warnings = append(warnings, fmt.Sprintf("event %d: unknown %T", i, e))
		}
	}
	return states, warnings
}

type Audit struct{ ID, Note string }

func (a Audit) AccountID() string { return a.ID }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return fmt.Sprintf("string %q", x)
	case Event:
		return fmt.Sprintf("event for %s (%T)", x.AccountID(), x)
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	log := []Event{
		Opened{"A1", "Grace"},
		Opened{"B2", "Linus"},
		Deposited{"A1", 5000},
		Deposited{"B2", 1200},
		Withdrawn{"A1", 1500},
		&Closed{"B2", "customer request"},
		Withdrawn{"B2", 100},
		Audit{"A1", "quarterly review"},
		Deposited{"A1", 250},
	}
	states, warnings := Replay(log)

	ids := make([]string, 0, len(states))
	for id := range states {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Printf("%s: %+v\n", id, *states[id])
	}
	for _, w := range warnings {
		fmt.Println("warn:", w)
	}
	for _, v := range []any{nil, 42, int64(7), "memo", log[2], log[5], fmt.Errorf("boom"), 3.5} {
		fmt.Println(describe(v))
	}
}
