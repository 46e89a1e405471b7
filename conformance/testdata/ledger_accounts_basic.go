package main

import (
	"fmt"
	"strings"
)

// AccountType classifies an account in the chart of accounts.
type AccountType int

const (
	Asset AccountType = iota
	Liability
	Equity
	Income
	Expense
)

func (t AccountType) String() string {
	switch t {
	case Asset:
		return "Asset"
	case Liability:
		return "Liability"
	case Equity:
		return "Equity"
	case Income:
		return "Income"
	case Expense:
		return "Expense"
	}
	return fmt.Sprintf("AccountType(%d)", int(t))
}

// DebitNormal reports whether the account grows with debits.
func (t AccountType) DebitNormal() bool {
	return t == Asset || t == Expense
}

type Account struct {
	Code    string
	Name    string
	Type    AccountType
	Balance int64 // cents, in the account's normal direction
}

func (a Account) String() string {
	return fmt.Sprintf("%s %-12s %-9v %10s", a.Code, a.Name, a.Type, formatCents(a.Balance))
}

func (a *Account) Debit(cents int64) {
	if a.Type.DebitNormal() {
		a.Balance += cents
	} else {
		a.Balance -= cents
	}
}

func (a *Account) Credit(cents int64) {
	if a.Type.DebitNormal() {
		a.Balance -= cents
	} else {
		a.Balance += cents
	}
}

func formatCents(c int64) string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

func main() {
	cash := &Account{Code: "1000", Name: "Cash", Type: Asset}
	loan := &Account{Code: "2000", Name: "Bank Loan", Type: Liability}
	capital := &Account{Code: "3000", Name: "Capital", Type: Equity}
	sales := &Account{Code: "4000", Name: "Sales", Type: Income}
	rent := &Account{Code: "5000", Name: "Rent", Type: Expense}

	// Owner invests, business borrows, sells and pays rent.
	cash.Debit(500000)
	capital.Credit(500000)
	cash.Debit(200000)
	loan.Credit(200000)
	cash.Debit(125050)
	sales.Credit(125050)
	rent.Debit(80000)
	cash.Credit(80000)

	accounts := []*Account{cash, loan, capital, sales, rent}
	fmt.Println(strings.Repeat("=", 40))
	for _, a := range accounts {
		fmt.Println(a)
	}
	fmt.Println(strings.Repeat("=", 40))

	var debits, credits int64
	for _, a := range accounts {
		if a.Type.DebitNormal() {
			debits += a.Balance
		} else {
			credits += a.Balance
		}
	}
	fmt.Printf("debit-normal total:  %s\n", formatCents(debits))
	fmt.Printf("credit-normal total: %s\n", formatCents(credits))
	fmt.Println("balanced:", debits == credits)

	copyOfCash := *cash
	copyOfCash.Debit(1)
	fmt.Printf("original %s vs copy %s\n", formatCents(cash.Balance), formatCents(copyOfCash.Balance))
	fmt.Println(AccountType(9))
}
