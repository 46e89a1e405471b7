package main

import (
	"errors"
	"fmt"
)

type Base struct {
	Number  string
	Owner   string
	Balance int64
	log     []string
}

func (b *Base) record(format string, args ...any) {
	b.log = append(b.log, fmt.Sprintf(format, args...))
}

func (b *Base) Deposit(amt int64) {
	b.Balance += amt
	b.record("deposit %d", amt)
}

func (b *Base) Withdraw(amt int64) error {
	if amt > b.Balance {
		return errors.New("insufficient funds")
	}
	b.Balance -= amt
	b.record("withdraw %d", amt)
	return nil
}

func (b Base) Describe() string {
	return fmt.Sprintf("%s (%s) balance=%d", b.Number, b.Owner, b.Balance)
}

// Savings earns interest and limits withdrawals per month.
type Savings struct {
	Base
	RateBP      int // basis points per month
	withdrawals int
}

func (s *Savings) Withdraw(amt int64) error {
	if s.withdrawals >= 2 {
		return fmt.Errorf("savings %s: withdrawal limit reached", s.Number)
	}
	if err := s.Base.Withdraw(amt); err != nil {
		return fmt.Errorf("savings %s: %w", s.Number, err)
	}
	s.withdrawals++
	return nil
}

func (s *Savings) AccrueInterest() {
	interest := s.Balance * int64(s.RateBP) / 10000
	s.Deposit(interest)
}

// Checking allows going negative up to an overdraft limit.
type Checking struct {
	Base
	Overdraft int64
}

func (c *Checking) Withdraw(amt int64) error {
	if c.Balance-amt < -c.Overdraft {
		return fmt.Errorf("checking %s: overdraft limit %d exceeded", c.Number, c.Overdraft)
	}
	c.Balance -= amt
	c.record("withdraw %d (overdraft ok)", amt)
	return nil
}

type Account interface {
	Deposit(int64)
	Withdraw(int64) error
	Describe() string
}

func main() {
	sav := &Savings{Base: Base{Number: "SAV-1", Owner: "Ana"}, RateBP: 50}
	chk := &Checking{Base: Base{Number: "CHK-1", Owner: "Ana"}, Overdraft: 500}

	accounts := []Account{sav, chk}
	for _, a := range accounts {
		a.Deposit(1000)
	}
	for _, amt := range []int64{300, 200, 100, 1600} {
		for _, a := range accounts {
			if err := a.Withdraw(amt); err != nil {
				fmt.Println("error:", err)
			}
		}
	}
	sav.AccrueInterest()

	for _, a := range accounts {
		fmt.Println(a.Describe())
	}
	// The embedded method is still reachable explicitly.
	fmt.Println("base withdraw on checking:", chk.Base.Withdraw(10))
	fmt.Println("history SAV:", sav.log)
	fmt.Println("history CHK:", chk.log)
	fmt.Printf("%+v\n", sav.Base)
	fmt.Printf("promoted field: %s, via Base: %s\n", chk.Owner, chk.Base.Owner)
}
