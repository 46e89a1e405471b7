package main

import (
	"errors"
	"fmt"
)

// class BankAccount:
//
//	interest = 0.02  (class attribute)
//	def __init__(self, owner, balance=0): ...
type BankAccount struct {
	owner   string
	balance float64
	history []string
}

const interestRate = 0.02

var accountsCreated int

func NewBankAccount(owner string, balance ...float64) *BankAccount {
	accountsCreated++
	b := 0.0
	if len(balance) > 0 {
		b = balance[0]
	}
	return &BankAccount{owner: owner, balance: b}
}

func (a *BankAccount) Deposit(amount float64) error {
	if amount <= 0 {
		return errors.New("deposit must be positive")
	}
	a.balance += amount
	a.history = append(a.history, fmt.Sprintf("+%.2f", amount))
	return nil
}

func (a *BankAccount) Withdraw(amount float64) error {
	if amount > a.balance {
		return fmt.Errorf("insufficient funds: have %.2f, need %.2f", a.balance, amount)
	}
	a.balance -= amount
	a.history = append(a.history, fmt.Sprintf("-%.2f", amount))
	return nil
}

func (a *BankAccount) ApplyInterest() {
	a.balance += a.balance * interestRate
}

// @property
func (a *BankAccount) Balance() float64 { return a.balance }

func (a *BankAccount) String() string {
	return fmt.Sprintf("BankAccount(owner=%q, balance=%.2f)", a.owner, a.balance)
}

// value receiver: modifying self does nothing (a common surprise)
func (a BankAccount) ResetBroken() { a.balance = 0 }

func main() {
	acc := NewBankAccount("alice", 100)
	fmt.Println(acc)
	if err := acc.Deposit(50); err != nil {
		fmt.Println("error:", err)
	}
	if err := acc.Deposit(-5); err != nil {
		fmt.Println("error:", err)
	}
	if err := acc.Withdraw(500); err != nil {
		fmt.Println("error:", err)
	}
	_ = acc.Withdraw(30)
	acc.ApplyInterest()
	fmt.Printf("balance: %.2f\n", acc.Balance())
	fmt.Println("history:", acc.history)

	acc.ResetBroken()
	fmt.Printf("after ResetBroken: %.2f\n", acc.Balance())

	bob := NewBankAccount("bob")
	fmt.Println(bob)
	fmt.Println("accounts created:", accountsCreated)

	// aliasing: both names point to the same object like Python
	alias := bob
	_ = alias.Deposit(10)
	fmt.Println(bob.Balance(), alias == bob)

	// copying the struct value is like copy.copy (shallow)
	snapshot := *acc
	_ = acc.Deposit(1)
	fmt.Printf("snapshot %.2f vs live %.2f\n", snapshot.balance, acc.balance)
	accounts := []*BankAccount{acc, bob, NewBankAccount("carol", 7.5)}
	for i, a := range accounts {
		fmt.Println(i, a)
	}
	fmt.Println("accounts created:", accountsCreated)
}
