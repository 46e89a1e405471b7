package main

import (
	"errors"
	"fmt"
	"strings"
)

type InsufficientFundsError struct {
	Need, Have int64
}

func (e InsufficientFundsError) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

var ErrFrozen = errors.New("account frozen")

type Account struct {
	owner   string
	balance int64
	history []string
	frozen  bool
}

func NewAccount(owner string, initial int64) (*Account, error) {
	a := &Account{}
	if err := a.SetOwner(owner); err != nil {
		return nil, err
	}
	if initial < 0 {
		return nil, fmt.Errorf("initial balance %d is negative", initial)
	}
	a.balance = initial
	a.record("open", initial)
	return a, nil
}

func (a *Account) Owner() string     { return a.owner }
func (a *Account) Balance() int64    { return a.balance }
func (a *Account) History() []string { return append([]string(nil), a.history...) }
func (a *Account) Freeze()           { a.frozen = true }

func (a *Account) SetOwner(name string) error {
	name = strings.TrimSpace(name)
	if len(name) < 2 {
		return fmt.Errorf("owner name %q too short", name)
	}
	a.owner = name
	return nil
}

func (a *Account) record(op string, amt int64) {
	a.history = append(a.history, fmt.Sprintf("%s:%d=%d", op, amt, a.balance))
}

func (a *Account) Deposit(amt int64) error {
	if a.frozen {
		return ErrFrozen
	}
	a.balance += amt
	a.record("dep", amt)
	return nil
}

func (a *Account) Withdraw(amt int64) error {
	if a.frozen {
		return ErrFrozen
	}
	if amt > a.balance {
		return InsufficientFundsError{Need: amt, Have: a.balance}
	}
	a.balance -= amt
	a.record("wd", amt)
	return nil
}

func (a *Account) String() string { return fmt.Sprintf("%s[%d]", a.owner, a.balance) }

// Savings limits withdrawals and adds interest; it reuses *Account via embedding.
type Savings struct {
	*Account
	rateBP      int
	withdrawals int
}

func (s *Savings) Withdraw(amt int64) error {
	if s.withdrawals >= 2 {
		return fmt.Errorf("savings: withdrawal limit reached")
	}
	if err := s.Account.Withdraw(amt); err != nil {
		return fmt.Errorf("savings: %w", err)
	}
	s.withdrawals++
	return nil
}

func (s *Savings) AddInterest() { _ = s.Deposit(s.Balance() * int64(s.rateBP) / 10000) }

type Withdrawer interface{ Withdraw(int64) error }

func main() {
	_, err := NewAccount(" x ", 10)
	fmt.Println("create failed:", err)
	chk, _ := NewAccount("Alice", 500)
	acc, _ := NewAccount("Bob", 1000)
	sav := &Savings{Account: acc, rateBP: 250}

	for _, w := range []Withdrawer{chk, sav, chk, sav, sav, chk} {
		err := w.Withdraw(300)
		var ife InsufficientFundsError
		switch {
		case err == nil:
			fmt.Printf("%T withdrew 300\n", w)
		case errors.As(err, &ife):
			fmt.Printf("%T short by %d: %v\n", w, ife.Need-ife.Have, err)
		default:
			fmt.Printf("%T error: %v\n", w, err)
		}
	}
	sav.AddInterest()
	_ = sav.SetOwner("Robert")
	fmt.Println("accounts:", chk, sav.Account, sav.Owner())
	chk.Freeze()
	fmt.Println("frozen deposit:", chk.Deposit(5), errors.Is(chk.Deposit(5), ErrFrozen))
	h := sav.History()
	h[0] = "tampered"
	fmt.Println("history:", strings.Join(sav.History(), " "))
	fmt.Println("alice:", strings.Join(chk.History(), " "))
}
