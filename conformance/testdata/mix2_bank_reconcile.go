package main

import (
	"fmt"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Txn struct {
	Date   string
	Ref    string
	Amount Cents
	Memo   string
}

type MatchKind int

const (
	Matched MatchKind = iota
	AmountDiffers
	OnlyInBank
	OnlyInLedger
)

var kindNames = map[MatchKind]string{
	Matched: "MATCHED", AmountDiffers: "AMOUNT-DIFF", OnlyInBank: "BANK-ONLY", OnlyInLedger: "LEDGER-ONLY",
}

func (k MatchKind) String() string { return kindNames[k] }

type Result struct {
	Kind         MatchKind
	Ref          string
	Bank, Ledger Cents
}

func reconcile(bank, ledger []Txn) []Result {
	byRef := make(map[string]Txn, len(ledger))
	for _, t := range ledger {
		byRef[t.Ref] = t
	}
	var out []Result
	for _, b := range bank {
		l, ok := byRef[b.Ref]
		switch {
		case !ok:
			out = append(out, Result{OnlyInBank, b.Ref, b.Amount, 0})
		case l.Amount != b.Amount:
			out = append(out, Result{AmountDiffers, b.Ref, b.Amount, l.Amount})
		default:
			out = append(out, Result{Matched, b.Ref, b.Amount, l.Amount})
		}
		delete(byRef, b.Ref)
	}
	for ref, l := range byRef {
		out = append(out, Result{OnlyInLedger, ref, 0, l.Amount})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].Ref < out[j].Ref
	})
	return out
}

func sum(ts []Txn) Cents {
	var s Cents
	for _, t := range ts {
		s += t.Amount
	}
	return s
}

func main() {
	bank := []Txn{
		{"2024-05-01", "CHK101", -12550, "rent share"},
		{"2024-05-02", "DEP200", 250000, "salary"},
		{"2024-05-03", "CHK102", -4599, "groceries"},
		{"2024-05-04", "FEE001", -300, "monthly fee"},
		{"2024-05-06", "CHK104", -1999, "streaming"},
	}
	ledger := []Txn{
		{"2024-05-01", "CHK101", -12550, "rent"},
		{"2024-05-02", "DEP200", 250000, "paycheck"},
		{"2024-05-03", "CHK102", -4590, "food"},
		{"2024-05-05", "CHK103", -8000, "utilities"},
		{"2024-05-06", "CHK104", -1999, "tv"},
	}
	opening := Cents(100000)
	results := reconcile(bank, ledger)
	counts := map[MatchKind]int{}
	for _, r := range results {
		counts[r.Kind]++
		fmt.Printf("%-12v %-7s bank=%11v ledger=%11v diff=%v\n", r.Kind, r.Ref, r.Bank, r.Ledger, r.Bank-r.Ledger)
	}
	fmt.Println(strings.Repeat("=", 40))
	for k := Matched; k <= OnlyInLedger; k++ {
		fmt.Printf("%-12s %d\n", k, counts[k])
	}
	bankBal, ledgerBal := opening+sum(bank), opening+sum(ledger)
	fmt.Printf("bank closing:   %v\nledger closing: %v\nunreconciled:   %v\n", bankBal, ledgerBal, bankBal-ledgerBal)
	fmt.Printf("%d %v %s\n", int64(Cents(-5)), Cents(-5), Cents(7))
}
