package main

import (
	"errors"
	"fmt"
)

type Account struct {
	Owner   string
	Balance float64
	History []string
}

var bankFees float64

func (a *Account) Deposit(amt float64) error {
	if amt <= 0 {
		return errors.New("deposit must be positive")
	}
	a.Balance += amt
	a.History = append(a.History, fmt.Sprintf("+%.2f", amt))
	return nil
}

func (a *Account) Withdraw(amt float64) error {
	fee := 1.0
	if amt+fee > a.Balance {
		return fmt.Errorf("insufficient funds: have %.2f, need %.2f", a.Balance, amt+fee)
	}
	a.Balance -= amt + fee
	bankFees += fee
	a.History = append(a.History, fmt.Sprintf("-%.2f", amt))
	return nil
}

func (a Account) Summary() string {
	return fmt.Sprintf("%s: %.2f (%d ops)", a.Owner, a.Balance, len(a.History))
}

func (a Account) TryDeposit(amt float64) {
	a.Balance += amt
	fmt.Println("  copy balance:", a.Balance)
}

func transfer(from, to *Account, amt float64) error {
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return to.Deposit(amt)
}

func main() {
	alice := &Account{Owner: "alice"}
	bob := Account{Owner: "bob", Balance: 20}
	fmt.Println(alice.Deposit(100), alice.Deposit(-5))
	if err := alice.Withdraw(30); err != nil {
		fmt.Println("error:", err)
	}
	if err := bob.Withdraw(50); err != nil {
		fmt.Println("error:", err)
	}
	bob.TryDeposit(1000)
	fmt.Println(bob.Summary())
	if err := transfer(alice, &bob, 25); err != nil {
		fmt.Println(err)
	}
	if err := transfer(&bob, alice, 500); err != nil {
		fmt.Println(err)
	}
	fmt.Println(alice.Summary(), alice.History)
	fmt.Println(bob.Summary(), bob.History)
	fmt.Printf("fees collected: %.2f\n", bankFees)
	fmt.Printf("%+v\n", *alice)
}
