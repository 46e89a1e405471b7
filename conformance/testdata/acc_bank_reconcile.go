package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Entry struct {
	ID     string
	Day    int
	Ref    string
	Amount int64
	used   bool
}

type Match struct {
	Bank, Book *Entry
	Rule       string
}

func money(c int64) string { return fmt.Sprintf("%10.2f", float64(c)/100) }

func abs(d int) int { return max(d, -d) }

// reconcile runs matching passes from strictest to loosest.
func reconcile(bank, book []*Entry) []Match {
	passes := []struct {
		name string
		ok   func(b, k *Entry) bool
	}{
		{"ref+amount", func(b, k *Entry) bool {
			return b.Ref != "" && strings.EqualFold(b.Ref, k.Ref) && b.Amount == k.Amount
		}},
		{"amount+3d", func(b, k *Entry) bool { return b.Amount == k.Amount && abs(b.Day-k.Day) <= 3 }},
	}
	var matches []Match
	for _, p := range passes {
		for _, b := range bank {
			if b.used {
				continue
			}
			for _, k := range book {
				if !k.used && p.ok(b, k) {
					b.used, k.used = true, true
					matches = append(matches, Match{b, k, p.name})
					break
				}
			}
		}
	}
	return matches
}

func sum(es []*Entry, pred func(*Entry) bool) int64 {
	var s int64
	for _, e := range es {
		if pred(e) {
			s += e.Amount
		}
	}
	return s
}

func main() {
	bank := []*Entry{
		{ID: "B1", Day: 2, Ref: "CHK1041", Amount: -45000},
		{ID: "B2", Day: 3, Ref: "DEP0301", Amount: 250000},
		{ID: "B3", Day: 5, Ref: "", Amount: -1299},
		{ID: "B4", Day: 8, Ref: "chk1043", Amount: -78050},
		{ID: "B5", Day: 15, Ref: "", Amount: -2500},
		{ID: "B6", Day: 20, Ref: "DEP0318", Amount: 99900},
		{ID: "B7", Day: 31, Ref: "", Amount: 412},
	}
	book := []*Entry{
		{ID: "K1", Day: 1, Ref: "CHK1041", Amount: -45000},
		{ID: "K2", Day: 1, Ref: "CHK1042", Amount: -12000},
		{ID: "K3", Day: 3, Ref: "DEP0301", Amount: 250000},
		{ID: "K4", Day: 6, Ref: "CHK1043", Amount: -78050},
		{ID: "K5", Day: 4, Ref: "SUB-ADOBE", Amount: -1299},
		{ID: "K6", Day: 18, Ref: "DEP0318", Amount: 99000},
		{ID: "K7", Day: 30, Ref: "DEP0330", Amount: 55000},
	}
	const openBank, openBook = 500000, 500000

	matches := reconcile(bank, book)
	slices.SortFunc(matches, func(a, b Match) int { return cmp.Compare(a.Bank.ID, b.Bank.ID) })
	fmt.Println("Matched:")
	for _, m := range matches {
		fmt.Printf("  %s <-> %s %-10s %s\n", m.Bank.ID, m.Book.ID, m.Rule, money(m.Bank.Amount))
	}
	unused := func(e *Entry) bool { return !e.used }
	all := func(*Entry) bool { return true }

	fmt.Println("Bank items not in books (need journal entries):")
	for _, e := range slices.DeleteFunc(slices.Clone(bank), func(e *Entry) bool { return e.used }) {
		fmt.Printf("  %-3s day %2d %-8q %s\n", e.ID, e.Day, e.Ref, money(e.Amount))
	}
	fmt.Println("Book items not yet cleared by bank:")
	var outstandingChecks, depositsInTransit int64
	for _, e := range book {
		if e.used {
			continue
		}
		kind := "deposit in transit"
		if e.Amount < 0 {
			kind = "outstanding check"
			outstandingChecks += e.Amount
		} else {
			depositsInTransit += e.Amount
		}
		fmt.Printf("  %-3s day %2d %-10s %s  %s\n", e.ID, e.Day, e.Ref, money(e.Amount), kind)
	}

	bankEnd := openBank + sum(bank, all)
	bookEnd := openBook + sum(book, all)
	adjBank := bankEnd + depositsInTransit + outstandingChecks
	adjBook := bookEnd + sum(bank, unused)
	fmt.Println()
	fmt.Printf("%-28s %s\n", "Bank statement balance", money(bankEnd))
	fmt.Printf("%-28s %s\n", "+ deposits in transit", money(depositsInTransit))
	fmt.Printf("%-28s %s\n", "- outstanding checks", money(outstandingChecks))
	fmt.Printf("%-28s %s\n", "Adjusted bank balance", money(adjBank))
	fmt.Printf("%-28s %s\n", "Book balance", money(bookEnd))
	fmt.Printf("%-28s %s\n", "+/- bank-only items", money(sum(bank, unused)))
	fmt.Printf("%-28s %s\n", "Adjusted book balance", money(adjBook))
	fmt.Printf("%-28s %s\n", "Difference", money(adjBank-adjBook))
	for _, b := range bank {
		for _, k := range book {
			if !b.used && !k.used && b.Ref != "" && strings.EqualFold(b.Ref, k.Ref) {
				d := b.Amount - k.Amount
				fmt.Printf("near miss %s/%s (%s): amounts differ by %s, divisible by 9: %t\n",
					b.ID, k.ID, b.Ref, strings.TrimSpace(money(d)), d%9 == 0)
			}
		}
	}
}
