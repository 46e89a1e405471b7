package main

import (
	"errors"
	"fmt"
	"maps"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

// Message types; the mailbox carries them as any.
type (
	Deposit struct {
		From   string
		Amount int
	}
	Withdraw struct {
		Amount int
		Reply  chan error
	}
	Snapshot struct{ Reply chan State }
)

// State is owned by the actor goroutine; nobody else touches it.
type State struct {
	Balance, Ops, Rejected int
	ByClient               map[string]int
}

func (s State) String() string {
	return fmt.Sprintf("balance=%d ops=%d rejected=%d", s.Balance, s.Ops, s.Rejected)
}

type Actor struct {
	mailbox chan any
	done    chan struct{}
}

func Spawn() *Actor {
	a := &Actor{mailbox: make(chan any, 16), done: make(chan struct{})}
	go a.loop(State{ByClient: map[string]int{}})
	return a
}

func (a *Actor) loop(st State) {
	defer close(a.done)
	for msg := range a.mailbox {
		st.Ops++
		switch m := msg.(type) {
		case Deposit:
			st.Balance += m.Amount
			st.ByClient[m.From] += m.Amount
		case Withdraw:
			if m.Amount > st.Balance {
				st.Rejected++
				m.Reply <- fmt.Errorf("withdraw %d from %d: %w", m.Amount, st.Balance, ErrInsufficient)
				continue
			}
			st.Balance -= m.Amount
			m.Reply <- nil
		case Snapshot:
			cp := st
			cp.ByClient = maps.Clone(st.ByClient)
			m.Reply <- cp
		}
	}
}

func (a *Actor) Ask() State {
	r := make(chan State)
	a.mailbox <- Snapshot{r}
	return <-r
}

func (a *Actor) Stop() { close(a.mailbox); <-a.done }

func main() {
	acct := Spawn()
	var wg sync.WaitGroup
	for _, name := range []string{"al", "bea", "carla"} {
		wg.Go(func() {
			for i := 1; i <= 5; i++ {
				acct.mailbox <- Deposit{name, i * len(name) * 10}
			}
		})
	}
	wg.Wait()
	st := acct.Ask()
	fmt.Println("after deposits:", st)
	fmt.Println("deposited by client:", st.ByClient) // fmt prints map keys sorted
	for _, amt := range []int{1000, 600, 500} {
		reply := make(chan error)
		acct.mailbox <- Withdraw{amt, reply}
		err := <-reply
		fmt.Printf("withdraw %d: err=%v insufficient=%t\n", amt, err, errors.Is(err, ErrInsufficient))
	}
	fmt.Println("final:", acct.Ask())
	acct.Stop()
}
