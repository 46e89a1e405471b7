package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type Entry struct {
	Ref    string
	Amount int64
	Date   string
}

type Mismatch struct {
	Ref    string
	Reason string
}

func index(es []Entry) map[string]Entry {
	m := make(map[string]Entry, len(es))
	for _, e := range es {
		m[e.Ref] = e
	}
	return m
}

func reconcile(bank, ledger []Entry) (matched int, issues []Mismatch) {
	b, l := index(bank), index(ledger)
	refs := map[string]struct{}{}
	for r := range b {
		refs[r] = struct{}{}
	}
	for r := range l {
		refs[r] = struct{}{}
	}
	sorted := make([]string, 0, len(refs))
	for r := range refs {
		sorted = append(sorted, r)
	}
	sort.Strings(sorted)
	for _, r := range sorted {
		be, inBank := b[r]
		le, inLedger := l[r]
		switch {
		case !inLedger:
			issues = append(issues, Mismatch{r, fmt.Sprintf("in bank only (%s)", amt(be.Amount))})
		case !inBank:
			issues = append(issues, Mismatch{r, fmt.Sprintf("in ledger only (%s)", amt(le.Amount))})
		case be.Amount != le.Amount:
			issues = append(issues, Mismatch{r, fmt.Sprintf("amount bank %s ledger %s diff %s",
				amt(be.Amount), amt(le.Amount), amt(be.Amount-le.Amount))})
		case be.Date != le.Date:
			issues = append(issues, Mismatch{r, "date " + be.Date + " vs " + le.Date})
		default:
			matched++
		}
	}
	return
}

func amt(c int64) string {
	s := ""
	if c < 0 {
		s, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", s, c/100, c%100)
}

func total(es []Entry) (t int64) {
	for _, e := range es {
		t += e.Amount
	}
	return
}

func main() {
	bank := []Entry{
		{"CHK-101", -45000, "2024-07-01"}, {"DEP-778", 1250000, "2024-07-02"},
		{"CHK-102", -12999, "2024-07-03"}, {"ACH-330", -89900, "2024-07-05"},
		{"FEE-JUL", -1500, "2024-07-31"}, {"DEP-779", 60000, "2024-07-08"},
		{"CHK-104", -25000, "2024-07-09"}, {"INT-JUL", 312, "2024-07-31"},
	}
	ledger := []Entry{
		{"CHK-101", -45000, "2024-07-01"}, {"DEP-778", 1250000, "2024-07-02"},
		{"CHK-102", -12900, "2024-07-03"}, {"ACH-330", -89900, "2024-07-05"},
		{"DEP-779", 60000, "2024-07-07"}, {"CHK-103", -7000, "2024-07-08"},
		{"CHK-104", -25000, "2024-07-09"},
	}
	fmt.Printf("bank:   %d entries, net %s\n", len(bank), amt(total(bank)))
	fmt.Printf("ledger: %d entries, net %s\n", len(ledger), amt(total(ledger)))

	matched, issues := reconcile(bank, ledger)
	fmt.Printf("matched %d, exceptions %d\n", matched, len(issues))
	var autoFix []string
	var blocking []Mismatch
	for _, m := range issues {
		fmt.Printf("  %-8s %s\n", m.Ref, m.Reason)
		// bank fees and interest are booked automatically; everything else needs review
		if strings.HasPrefix(m.Ref, "FEE-") || strings.HasPrefix(m.Ref, "INT-") {
			autoFix = append(autoFix, m.Ref)
		} else {
			blocking = append(blocking, m)
		}
	}
	fmt.Println("auto-booked:", strings.Join(autoFix, ", "))
	fmt.Printf("difference to explain: %s\n", amt(total(bank)-total(ledger)))

	if len(blocking) > 0 {
		fmt.Fprintf(os.Stderr, "reconciliation failed: %d unresolved exception(s)\n", len(blocking))
		for _, m := range blocking {
			fmt.Fprintf(os.Stderr, "  %s\n", m.Ref)
		}
		os.Exit(1)
	}
	fmt.Println("reconciliation complete")
}
