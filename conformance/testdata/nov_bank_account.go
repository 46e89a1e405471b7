package main

import (
	"errors"
	"fmt"
)

type BankAccount struct {
	owner   string
	balance float64
	history []string
}

var ErrNotEnoughMoney = errors.New("insufficient funds")

func NewAccount(owner string, initial float64) *BankAccount {
	acc := &BankAccount{owner: owner, balance: initial}
	acc.history = append(acc.history, fmt.Sprintf("open %.2f", initial))
	return acc
}

func (a *BankAccount) Deposit(amount float64) error {
	if amount <= 0 {
		return fmt.Errorf("deposit amount must be positive, got %.2f", amount)
	}
	a.balance += amount
	a.history = append(a.history, fmt.Sprintf("deposit %.2f", amount))
	return nil
}

func (a *BankAccount) Withdraw(amount float64) error {
	if amount <= 0 {
		return fmt.Errorf("withdraw amount must be positive, got %.2f", amount)
	}
	if amount > a.balance {
		return fmt.Errorf("cannot withdraw %.2f from %s: %w", amount, a.owner, ErrNotEnoughMoney)
	}
	a.balance -= amount
	a.history = append(a.history, fmt.Sprintf("withdraw %.2f", amount))
	return nil
}

func (a *BankAccount) Balance() float64 {
	return a.balance
}

func Transfer(from, to *BankAccount, amount float64) error {
	err := from.Withdraw(amount)
	if err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	err = to.Deposit(amount)
	if err != nil {
		return err
	}
	return nil
}

func main() {
	alice := NewAccount("alice", 100)
	bob := NewAccount("bob", 20)

	if err := alice.Deposit(50); err != nil {
		fmt.Println("error:", err)
	}
	if err := alice.Deposit(-5); err != nil {
		fmt.Println("error:", err)
	}
	if err := bob.Withdraw(30); err != nil {
		fmt.Println("error:", err)
		if errors.Is(err, ErrNotEnoughMoney) {
			fmt.Println("  (bob is broke)")
		}
	}
	err := Transfer(alice, bob, 75)
	if err != nil {
		fmt.Println("error:", err)
	} else {
		fmt.Println("transfer of 75 ok")
	}
	err = Transfer(bob, alice, 1000)
	if err != nil {
		fmt.Println("error:", err)
		fmt.Println("is insufficient funds?", errors.Is(err, ErrNotEnoughMoney))
	}

	fmt.Printf("alice has %.2f\n", alice.Balance())
	fmt.Printf("bob has %.2f\n", bob.Balance())

	fmt.Println("alice history:")
	for i, h := range alice.history {
		fmt.Println(" ", i+1, h)
	}
	fmt.Println("bob history:")
	for i, h := range bob.history {
		fmt.Println(" ", i+1, h)
	}
}
