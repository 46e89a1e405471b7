// An actor model: each account is a goroutine owning its state, reachable
// only through a mailbox. Replies come back on per-request channels.
package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Msg interface{ isMsg() }

type Deposit struct {
	Amount int
	Reply  chan error
}
type Withdraw struct {
	Amount int
	Reply  chan error
}
type Balance struct{ Reply chan int }
type Stop struct{ Done chan []string }

func (Deposit) isMsg()  {}
func (Withdraw) isMsg() {}
func (Balance) isMsg()  {}
func (Stop) isMsg()     {}

type Actor struct {
	Name    string
	mailbox chan Msg
}

func Spawn(name string, initial int) *Actor {
	a := &Actor{Name: name, mailbox: make(chan Msg, 8)}
	go a.loop(initial)
	return a
}

func (a *Actor) loop(balance int) {
	var journal []string
	for m := range a.mailbox {
		switch m := m.(type) {
		case Deposit:
			balance += m.Amount
			journal = append(journal, fmt.Sprintf("+%d", m.Amount))
			m.Reply <- nil
		case Withdraw:
			if m.Amount > balance {
				journal = append(journal, fmt.Sprintf("!%d", m.Amount))
				m.Reply <- fmt.Errorf("%s withdraw %d (have %d): %w", a.Name, m.Amount, balance, ErrInsufficient)
				continue
			}
			balance -= m.Amount
			journal = append(journal, fmt.Sprintf("-%d", m.Amount))
			m.Reply <- nil
		case Balance:
			m.Reply <- balance
		case Stop:
			m.Done <- journal
			return
		}
	}
}

func (a *Actor) Deposit(n int) error {
	r := make(chan error)
	a.mailbox <- Deposit{n, r}
	return <-r
}

func (a *Actor) Withdraw(n int) error {
	r := make(chan error)
	a.mailbox <- Withdraw{n, r}
	return <-r
}

func (a *Actor) Balance() int {
	r := make(chan int)
	a.mailbox <- Balance{r}
	return <-r
}

func (a *Actor) Stop() []string {
	d := make(chan []string)
	a.mailbox <- Stop{d}
	return <-d
}

// Transfer is a two-step saga: withdraw, then deposit; compensates on failure.
func Transfer(from, to *Actor, n int) error {
	if err := from.Withdraw(n); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from.Name, to.Name, err)
	}
	return to.Deposit(n)
}

func main() {
	alice := Spawn("alice", 100)
	bob := Spawn("bob", 20)
	carol := Spawn("carol", 0)
	actors := []*Actor{alice, bob, carol}

	steps := []struct {
		from, to *Actor
		amt      int
	}{
		{alice, bob, 30}, {bob, carol, 60}, {bob, carol, 45},
		{carol, alice, 50}, {alice, carol, 100}, {carol, bob, 10},
	}
	failures := 0
	for i, s := range steps {
		err := Transfer(s.from, s.to, s.amt)
		if errors.Is(err, ErrInsufficient) {
			failures++
			fmt.Printf("step %d: FAILED: %v\n", i+1, err)
			continue
		}
		fmt.Printf("step %d: %s -> %s %d ok\n", i+1, s.from.Name, s.to.Name, s.amt)
	}
	total := 0
	for _, a := range actors {
		b := a.Balance()
		total += b
		fmt.Printf("%-5s balance=%d\n", a.Name, b)
	}
	for _, a := range actors {
		fmt.Printf("%-5s journal=%v\n", a.Name, a.Stop())
	}
	fmt.Printf("total=%d failures=%d\n", total, failures)
}
