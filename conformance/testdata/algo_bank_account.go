package main

import (
	"errors"
	"fmt"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrInvalid      = errors.New("invalid amount")
	ErrFrozen       = errors.New("account frozen")
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type TxError struct {
	Op, Account string
	Err         error
}

func (e *TxError) Error() string { return e.Op + " on " + e.Account + ": " + e.Err.Error() }
func (e *TxError) Unwrap() error { return e.Err }

type Account struct {
	Owner   string
	balance Cents
	frozen  bool
	history []string
}

func (a *Account) Deposit(amt Cents) error {
	switch {
	case amt <= 0:
		return &TxError{"deposit", a.Owner, ErrInvalid}
	case a.frozen:
		return &TxError{"deposit", a.Owner, ErrFrozen}
	}
	a.balance += amt
	a.history = append(a.history, "+"+amt.String())
	return nil
}

func (a *Account) Withdraw(amt Cents) (err error) {
	defer func() {
		if err != nil {
			err = &TxError{"withdraw", a.Owner, err}
		}
	}()
	switch {
	case amt <= 0:
		return ErrInvalid
	case a.frozen:
		return ErrFrozen
	case amt > a.balance:
		return fmt.Errorf("%w: need %v, have %v", ErrInsufficient, amt, a.balance)
	}
	a.balance -= amt
	a.history = append(a.history, "-"+amt.String())
	return nil
}

func Transfer(from, to *Account, amt Cents) error {
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	if err := to.Deposit(amt); err != nil {
		_ = from.Deposit(amt) // refund
		return fmt.Errorf("transfer failed: %w", err)
	}
	return nil
}

func main() {
	alice, bob, carol := &Account{Owner: "alice"}, &Account{Owner: "bob"}, &Account{Owner: "carol", frozen: true}
	fmt.Println(alice.Deposit(100_00), bob.Deposit(25_50), carol.Deposit(1))
	steps := []struct {
		from, to *Account
		amt      Cents
	}{{alice, bob, 30_25}, {bob, alice, 1000_00}, {alice, bob, -5}, {alice, carol, 10_00}}
	for _, s := range steps {
		err := Transfer(s.from, s.to, s.amt)
		var tx *TxError
		switch {
		case err == nil:
			fmt.Printf("ok: %s -> %s %v\n", s.from.Owner, s.to.Owner, s.amt)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("insufficient:", err)
		case errors.As(err, &tx):
			fmt.Printf("tx error op=%s acct=%s cause=%v frozen=%t\n", tx.Op, tx.Account, tx.Err, errors.Is(err, ErrFrozen))
		}
	}
	for _, a := range []*Account{alice, bob, carol} {
		fmt.Printf("%-5s %8v %v\n", a.Owner, a.balance, a.history)
	}
	fmt.Println(Cents(5), Cents(123456), []Cents{1, 10, 100})
}
