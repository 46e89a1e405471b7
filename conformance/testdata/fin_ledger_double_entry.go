package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
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

type Line struct {
	Account       string
	Debit, Credit int64
}

type Entry struct {
	ID    int
	Memo  string
	Lines []Line
}

var (
	ErrUnbalanced     = errors.New("entry does not balance")
	ErrUnknownAccount = errors.New("unknown account")
)

type LineError struct {
	Index int
	Err   error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Index, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

type Ledger struct {
	types    map[string]AccountType
	balances map[string]int64 // debit-positive
	posted   []Entry
}

func (l *Ledger) validate(e Entry) error {
	var dr, cr int64
	for i, ln := range e.Lines {
		if _, ok := l.types[ln.Account]; !ok {
			return &LineError{i, fmt.Errorf("%w %q", ErrUnknownAccount, ln.Account)}
		}
		if (ln.Debit == 0) == (ln.Credit == 0) || ln.Debit < 0 || ln.Credit < 0 {
			return &LineError{i, errors.New("exactly one positive side required")}
		}
		dr += ln.Debit
		cr += ln.Credit
	}
	if dr != cr {
		return fmt.Errorf("%w: debits %s credits %s", ErrUnbalanced, amt(dr), amt(cr))
	}
	return nil
}

func (l *Ledger) Post(e Entry) error {
	if err := l.validate(e); err != nil {
		return fmt.Errorf("entry %d (%s): %w", e.ID, e.Memo, err)
	}
	for _, ln := range e.Lines {
		l.balances[ln.Account] += ln.Debit - ln.Credit
	}
	l.posted = append(l.posted, e)
	return nil
}

func amt(c int64) string {
	if c < 0 {
		return "-" + amt(-c)
	}
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

func (l *Ledger) TrialBalance() {
	names := slices.Collect(maps.Keys(l.types))
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(l.types[a], l.types[b]), strings.Compare(a, b))
	})
	var dr, cr int64
	fmt.Printf("%-22s %-9s %10s %10s\n", "account", "type", "debit", "credit")
	for _, n := range names {
		b := l.balances[n]
		d, c := "-", "-"
		if b >= 0 {
			d, dr = amt(b), dr+b
		} else {
			c, cr = amt(-b), cr-b
		}
		fmt.Printf("%-22s %-9v %10s %10s\n", n, l.types[n], d, c)
	}
	fmt.Println(strings.Repeat("-", 54))
	fmt.Printf("%-32s %10s %10s balanced=%t\n", "totals", amt(dr), amt(cr), dr == cr)
}

func main() {
	l := &Ledger{balances: map[string]int64{}, types: map[string]AccountType{
		"Cash": Asset, "Accounts Receivable": Asset, "Equipment": Asset, "Accounts Payable": Liability,
		"Loan": Liability, "Owner Capital": Equity, "Sales": Revenue,
		"Rent Expense": Expense, "Supplies Expense": Expense,
	}}
	entries := []Entry{
		{1, "owner investment", []Line{{"Cash", 5000000, 0}, {"Owner Capital", 0, 5000000}}},
		{2, "bank loan", []Line{{"Cash", 2000000, 0}, {"Loan", 0, 2000000}}},
		{3, "buy equipment", []Line{{"Equipment", 1875000, 0}, {"Cash", 0, 1000000}, {"Accounts Payable", 0, 875000}}},
		{4, "typo", []Line{{"Cash", 10000, 0}, {"Sales", 0, 1000}}},
		{5, "credit sale", []Line{{"Accounts Receivable", 640000, 0}, {"Sales", 0, 640000}}},
		{6, "pay rent", []Line{{"Rent Expense", 250000, 0}, {"Csh", 0, 250000}}},
		{7, "pay rent", []Line{{"Rent Expense", 250000, 0}, {"Cash", 0, 250000}}},
		{8, "short by 0.10", []Line{{"Cash", 100, 0}, {"Sales", 0, 90}}},
		{9, "collect", []Line{{"Cash", 400000, 0}, {"Accounts Receivable", 0, 400000}}},
		{10, "both sides", []Line{{"Cash", 500, 500}, {"Sales", 0, 0}}},
		{11, "supplies on account", []Line{{"Supplies Expense", 32550, 0}, {"Accounts Payable", 0, 32550}}},
	}
	for _, e := range entries {
		err := l.Post(e)
		var le *LineError
		switch {
		case err == nil:
			fmt.Printf("posted #%d %s\n", e.ID, e.Memo)
		case errors.Is(err, ErrUnknownAccount):
			fmt.Println("REJECT (account):", err)
		case errors.As(err, &le):
			fmt.Printf("REJECT (line %d): %v\n", le.Index, err)
		default:
			fmt.Println("REJECT:", err)
		}
	}
	fmt.Printf("\n%d of %d entries posted\n\n", len(l.posted), len(entries))
	l.TrialBalance()
	fmt.Println("net income:", amt(-(l.balances["Sales"] + l.balances["Rent Expense"] + l.balances["Supplies Expense"])))
}
