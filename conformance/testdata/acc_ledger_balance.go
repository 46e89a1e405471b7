package main

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"text/tabwriter"
)

type AccountType int

const (
	Asset AccountType = iota
	Liability
	Equity
	Revenue
	Expense
)

var typeNames = [...]string{"Asset", "Liability", "Equity", "Revenue", "Expense"}

func (t AccountType) String() string {
	return typeNames[t]
}

func (t AccountType) debitNormal() bool { return t == Asset || t == Expense }

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

type Account struct {
	Code, Name    string
	Type          AccountType
	Debit, Credit Cents
}

func (a *Account) Balance() Cents {
	if a.Type.debitNormal() {
		return a.Debit - a.Credit
	}
	return a.Credit - a.Debit
}

type Line struct {
	Code          string
	Debit, Credit Cents
}

type Ledger struct {
	accounts map[string]*Account
	posted   int
}

func (l *Ledger) Open(code, name string, t AccountType) {
	l.accounts[code] = &Account{Code: code, Name: name, Type: t}
}

func (l *Ledger) Post(memo string, lines ...Line) error {
	var dr, cr Cents
	for _, ln := range lines {
		if _, ok := l.accounts[ln.Code]; !ok {
			return fmt.Errorf("post %q: unknown account %s", memo, ln.Code)
		}
		dr += ln.Debit
		cr += ln.Credit
	}
	if dr != cr {
		return fmt.Errorf("post %q: unbalanced (debits %v, credits %v)", memo, dr, cr)
	}
	for _, ln := range lines {
		a := l.accounts[ln.Code]
		a.Debit += ln.Debit
		a.Credit += ln.Credit
	}
	l.posted++
	return nil
}

func main() {
	l := &Ledger{accounts: map[string]*Account{}}
	l.Open("1000", "Cash", Asset)
	l.Open("1200", "Accounts Receivable", Asset)
	l.Open("2000", "Accounts Payable", Liability)
	l.Open("3000", "Owner Equity", Equity)
	l.Open("4000", "Sales", Revenue)
	l.Open("5000", "Rent Expense", Expense)
	l.Open("5100", "Supplies Expense", Expense)

	entries := []struct {
		memo  string
		lines []Line
	}{
		{"owner investment", []Line{{"1000", 1000000, 0}, {"3000", 0, 1000000}}},
		{"cash sale", []Line{{"1000", 125050, 0}, {"4000", 0, 125050}}},
		{"credit sale", []Line{{"1200", 89999, 0}, {"4000", 0, 89999}}},
		{"pay rent", []Line{{"5000", 180000, 0}, {"1000", 0, 180000}}},
		{"supplies on account", []Line{{"5100", 23475, 0}, {"2000", 0, 23475}}},
		{"typo entry", []Line{{"5100", 100, 0}, {"1000", 0, 99}}},
		{"bad account", []Line{{"9999", 100, 0}, {"1000", 0, 100}}},
		{"customer payment", []Line{{"1000", 50000, 0}, {"1200", 0, 50000}}},
		{"pay supplier", []Line{{"2000", 20000, 0}, {"1000", 0, 20000}}},
	}
	for _, e := range entries {
		if err := l.Post(e.memo, e.lines...); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Printf("posted %d of %d entries\n\n", l.posted, len(entries))

	codes := slices.Sorted(maps.Keys(l.accounts))

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "Code\tAccount\tType\tDebit\tCredit\t")
	var totDr, totCr Cents
	byType := map[AccountType]Cents{}
	for _, c := range codes {
		a := l.accounts[c]
		bal := a.Balance()
		byType[a.Type] += bal
		dr, cr := "-", "-"
		amt := max(bal, -bal)
		if a.Type.debitNormal() == (bal >= 0) {
			dr, totDr = amt.String(), totDr+amt
		} else {
			cr, totCr = amt.String(), totCr+amt
		}
		fmt.Fprintf(w, "%s\t%s\t%v\t%s\t%s\t\n", a.Code, a.Name, a.Type, dr, cr)
	}
	fmt.Fprintf(w, "\tTOTAL\t\t%v\t%v\t\n", totDr, totCr)
	w.Flush()

	fmt.Println()
	for t := Asset; t <= Expense; t++ {
		fmt.Printf("%-10s %12v\n", t, byType[t])
	}
	netIncome := byType[Revenue] - byType[Expense]
	rhs := byType[Liability] + byType[Equity] + netIncome
	fmt.Printf("net income: %v\n", netIncome)
	fmt.Printf("assets %v == liabilities+equity+income %v: %t\n", byType[Asset], rhs, byType[Asset] == rhs)
	fmt.Println("trial balance balanced:", totDr == totCr)
}
