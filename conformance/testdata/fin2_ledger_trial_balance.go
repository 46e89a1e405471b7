package main

import (
	"errors"
	"fmt"
	"sort"
)

type AccountType int

const (
	Asset AccountType = iota
	Liability
	Equity
	Revenue
	Expense
)

func (t AccountType) String() string {
	return [...]string{"Asset", "Liability", "Equity", "Revenue", "Expense"}[t]
}

// DebitNormal reports whether the account's normal balance is a debit.
func (t AccountType) DebitNormal() bool { return t == Asset || t == Expense }

type Entry struct {
	Account string
	Debit   int64
	Credit  int64
}

type Txn struct {
	Memo    string
	Entries []Entry
}

var ErrUnbalanced = errors.New("transaction unbalanced")

type Ledger struct {
	types    map[string]AccountType
	postings map[string][]Entry
}

func NewLedger() *Ledger {
	return &Ledger{types: map[string]AccountType{}, postings: map[string][]Entry{}}
}

func (l *Ledger) Open(name string, t AccountType) { l.types[name] = t }

func (l *Ledger) Post(t Txn) error {
	var dr, cr int64
	for _, e := range t.Entries {
		if _, ok := l.types[e.Account]; !ok {
			return fmt.Errorf("%s: unknown account %q", t.Memo, e.Account)
		}
		dr += e.Debit
		cr += e.Credit
	}
	if dr != cr {
		return fmt.Errorf("%s: debits %d credits %d: %w", t.Memo, dr, cr, ErrUnbalanced)
	}
	for _, e := range t.Entries {
		l.postings[e.Account] = append(l.postings[e.Account], e)
	}
	return nil
}

func (l *Ledger) TrialBalance() (dr, cr int64) {
	names := make([]string, 0, len(l.types))
	for n := range l.types {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Printf("%-16s %-9s %10s %10s\n", "Account", "Type", "Debit", "Credit")
	for _, n := range names {
		var bal int64
		for _, e := range l.postings[n] {
			bal += e.Debit - e.Credit
		}
		d, c := int64(0), int64(0)
		if bal >= 0 {
			d = bal
		} else {
			c = -bal
		}
		dr += d
		cr += c
		fmt.Printf("%-16s %-9v %10.2f %10.2f\n", n, l.types[n], float64(d)/100, float64(c)/100)
	}
	return
}

func main() {
	l := NewLedger()
	l.Open("Cash", Asset)
	l.Open("Inventory", Asset)
	l.Open("Loan Payable", Liability)
	l.Open("Owner Capital", Equity)
	l.Open("Sales", Revenue)
	l.Open("Rent Expense", Expense)
	txns := []Txn{
		{"owner invests", []Entry{{"Cash", 1000000, 0}, {"Owner Capital", 0, 1000000}}},
		{"bank loan", []Entry{{"Cash", 500000, 0}, {"Loan Payable", 0, 500000}}},
		{"buy stock", []Entry{{"Inventory", 320000, 0}, {"Cash", 0, 320000}}},
		{"cash sale", []Entry{{"Cash", 145050, 0}, {"Sales", 0, 145050}}},
		{"pay rent", []Entry{{"Rent Expense", 120000, 0}, {"Cash", 0, 110000}}},
		{"pay rent", []Entry{{"Rent Expense", 120000, 0}, {"Cash", 0, 120000}}},
		{"misc", []Entry{{"Petty Cash", 1000, 0}, {"Cash", 0, 1000}}},
	}
	for _, t := range txns {
		if err := l.Post(t); err != nil {
			fmt.Println("rejected:", err, "| unbalanced:", errors.Is(err, ErrUnbalanced))
		}
	}
	dr, cr := l.TrialBalance()
	fmt.Printf("%-26s %10.2f %10.2f\n", "Totals", float64(dr)/100, float64(cr)/100)
	fmt.Println("balanced:", dr == cr)
	for _, t := range []AccountType{Asset, Revenue} {
		fmt.Printf("%v normal balance debit? %t\n", t, t.DebitNormal())
	}
}
