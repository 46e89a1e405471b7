package main

import (
	"errors"
	"fmt"
	"strings"
)

type Account struct {
	Name    string
	Balance int
}

type Ledger struct {
	accounts map[string]*Account
	log      []string
}

var ErrInsufficient = errors.New("insufficient funds")

type PanicError struct {
	Op    string
	Value any
}

func (e *PanicError) Error() string { return fmt.Sprintf("%s: panic: %v", e.Op, e.Value) }

// Transfer runs inside a "transaction": on any error or panic the balances are
// rolled back. The deferred closure inspects and rewrites the named result.
func (l *Ledger) Transfer(from, to string, amount int) (moved int, err error) {
	src, dst := l.accounts[from], l.accounts[to]
	var saved [2]int
	if src != nil && dst != nil {
		saved = [2]int{src.Balance, dst.Balance}
	}
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Op: "transfer " + from + "->" + to, Value: r}
		}
		if err != nil {
			if src != nil && dst != nil {
				src.Balance, dst.Balance = saved[0], saved[1]
			}
			moved = 0
			l.log = append(l.log, "rollback: "+err.Error())
			return
		}
		l.log = append(l.log, fmt.Sprintf("commit: %s->%s %d", from, to, moved))
	}()

	src.Balance -= amount // nil src panics here
	dst.Balance += amount
	moved = amount
	if src.Balance < 0 {
		return moved, fmt.Errorf("%s: %w", from, ErrInsufficient)
	}
	if amount == 13 {
		panic("unlucky amount")
	}
	return moved, nil
}

// counted shows defer order and a deferred increment of the named result.
func counted(n int) (calls int) {
	defer func() { calls *= 10 }()
	defer func() { calls++ }()
	for i := 0; i < n; i++ {
		defer func() { calls += i }()
	}
	return n
}

// deferArgs shows that deferred call arguments are evaluated immediately.
func deferArgs() (out string) {
	var b strings.Builder
	x := "first"
	defer func(s string) { out = b.String() + " | deferred saw " + s }(x)
	x = "second"
	b.WriteString("body saw " + x)
	return "ignored"
}

func main() {
	l := &Ledger{accounts: map[string]*Account{
		"alice": {"alice", 100},
		"bob":   {"bob", 50},
	}}
	cases := []struct {
		from, to string
		amt      int
	}{
		{"alice", "bob", 30}, {"bob", "alice", 200}, {"alice", "bob", 13},
		{"carol", "bob", 5}, {"bob", "alice", 80},
	}
	for _, c := range cases {
		moved, err := l.Transfer(c.from, c.to, c.amt)
		var pe *PanicError
		fmt.Printf("%-5s->%-5s %3d: moved=%d insufficient=%v panic=%v err=%v\n",
			c.from, c.to, c.amt, moved, errors.Is(err, ErrInsufficient), errors.As(err, &pe), err)
		fmt.Printf("   balances: alice=%d bob=%d\n", l.accounts["alice"].Balance, l.accounts["bob"].Balance)
	}
	for _, line := range l.log {
		fmt.Println("log:", line)
	}
	fmt.Println("counted(0) =", counted(0))
	fmt.Println("counted(3) =", counted(3))
	fmt.Println(deferArgs())
}
