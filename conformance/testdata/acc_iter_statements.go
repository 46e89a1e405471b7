package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Txn struct {
	Day    int
	Memo   string
	Kind   string // "dep", "wd", "fee", "int"
	Amount int64  // signed cents
}

type Statement struct {
	Account string
	Opening int64
	Txns    []Txn
}

// All yields each transaction with its running balance.
func (s *Statement) All() iter.Seq2[Txn, int64] {
	return func(yield func(Txn, int64) bool) {
		bal := s.Opening
		for _, t := range s.Txns {
			bal += t.Amount
			if !yield(t, bal) {
				return
			}
		}
	}
}

func Where[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Keys[K, V any](seq iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range seq {
			if !yield(k) {
				return
			}
		}
	}
}

func money(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

func main() {
	st := &Statement{Account: "CHK-4471", Opening: 150000, Txns: []Txn{
		{1, "Payroll deposit", "dep", 320000}, {2, "Rent", "wd", -185000},
		{4, "Groceries", "wd", -12345}, {5, "Monthly fee", "fee", -1200},
		{9, "Utility bill", "wd", -8990}, {12, "Transfer in", "dep", 50000},
		{15, "Card purchase", "wd", -329999}, {15, "Overdraft fee", "fee", -3500},
		{20, "Client refund", "dep", 42000}, {28, "Interest", "int", 37},
		{30, "Insurance", "wd", -15500},
	}}

	fmt.Printf("Statement %s, opening %s\n", st.Account, money(st.Opening))
	fmt.Printf("%3s  %-16s %10s %11s\n", "Day", "Memo", "Amount", "Balance")
	var closing int64
	for t, bal := range st.All() {
		mark := ""
		if bal < 0 {
			mark = " OD"
		}
		fmt.Printf("%3d  %-16s %10s %11s%s\n", t.Day, t.Memo, money(t.Amount), money(bal), mark)
		closing = bal
	}
	fmt.Println("closing:", money(closing))

	// stop at the first overdraft
	for t, bal := range st.All() {
		if bal < 0 {
			fmt.Printf("first overdraft on day %d after %q (%s)\n", t.Day, t.Memo, money(bal))
			break
		}
	}

	fees := Where(Keys(st.All()), func(t Txn) bool { return t.Kind == "fee" })
	var feeTotal int64
	for t := range fees {
		feeTotal += t.Amount
	}
	fmt.Println("fees charged:", money(feeTotal))

	byKind := map[string]int64{}
	for t := range Keys(st.All()) {
		byKind[t.Kind] += t.Amount
	}
	for _, k := range slices.Sorted(maps.Keys(byKind)) {
		fmt.Printf("  %-4s %10s\n", k, money(byKind[k]))
	}

	big := slices.Collect(Where(Keys(st.All()), func(t Txn) bool { return t.Amount <= -10000 || t.Amount >= 10000 }))
	memos := make([]string, 0, len(big))
	for _, t := range big {
		memos = append(memos, t.Memo)
	}
	fmt.Println("large:", strings.Join(memos, "; "))

	for i, page := range slices.Collect(slices.Chunk(st.Txns, 4)) {
		var sum int64
		for _, t := range page {
			sum += t.Amount
		}
		fmt.Printf("page %d: %d txns, net %s\n", i+1, len(page), money(sum))
	}

	next, stop := iter.Pull2(st.All())
	defer stop()
	for range 3 {
		t, bal, ok := next()
		fmt.Println("pulled:", t.Memo, money(bal), ok)
	}
}
