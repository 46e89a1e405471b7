package main

import (
	"fmt"
	"sort"
)

type Account struct {
	Owner   string
	balance int
}

func (a *Account) Deposit(n int) { a.balance += n }
func (a *Account) Balance() int  { return a.balance }

// Owner-safe accessor that tolerates nil.
func (a *Account) Name() string {
	if a == nil {
		return "<no account>"
	}
	return a.Owner
}

type Bank struct {
	accounts map[string]*Account
}

func NewBank(owners ...string) *Bank {
	b := &Bank{accounts: make(map[string]*Account)}
	for _, o := range owners {
		b.accounts[o] = &Account{Owner: o}
	}
	return b
}

// Find returns nil for unknown owners instead of an error.
func (b *Bank) Find(owner string) *Account { return b.accounts[owner] }

func (b *Bank) Transfer(from, to string, n int) error {
	src, dst := b.Find(from), b.Find(to)
	if src == nil || dst == nil {
		return fmt.Errorf("transfer %s->%s: unknown account (%s, %s)", from, to, src.Name(), dst.Name())
	}
	if src.balance < n {
		return fmt.Errorf("transfer %s->%s: insufficient funds", from, to)
	}
	src.balance -= n
	dst.Deposit(n)
	return nil
}

func (b *Bank) Report() {
	names := make([]string, 0, len(b.accounts))
	for n := range b.accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("  %-6s %5d\n", n, b.accounts[n].Balance())
	}
}

func main() {
	bank := NewBank("alice", "bob", "carol")
	bank.Find("alice").Deposit(500)
	bank.Find("bob").Deposit(120)

	fmt.Println(bank.Transfer("alice", "bob", 200))
	fmt.Println(bank.Transfer("bob", "carol", 1000))
	fmt.Println(bank.Transfer("alice", "dave", 10))
	fmt.Println(bank.Transfer("erin", "frank", 10))
	bank.Report()

	fmt.Println("name of missing account:", bank.Find("dave").Name())
	fmt.Println("about to read the balance of a missing account...")
	// Balance does not guard against a nil receiver: this panics.
	fmt.Println("dave has", bank.Find("dave").Balance())
	fmt.Println("unreachable")
}
