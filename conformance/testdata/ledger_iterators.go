package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Entry struct {
	Seq     int
	Account string
	Amount  int64
}

type Journal struct {
	entries []Entry
}

func (j *Journal) Add(account string, amount int64) {
	j.entries = append(j.entries, Entry{Seq: len(j.entries) + 1, Account: account, Amount: amount})
}

// All yields every entry in posting order.
func (j *Journal) All() iter.Seq[Entry] {
	return func(yield func(Entry) bool) {
		for _, e := range j.entries {
			if !yield(e) {
				return
			}
		}
	}
}

// Running yields each entry together with the running balance of its account.
func (j *Journal) Running() iter.Seq2[Entry, int64] {
	return func(yield func(Entry, int64) bool) {
		bal := map[string]int64{}
		for _, e := range j.entries {
			bal[e.Account] += e.Amount
			if !yield(e, bal[e.Account]) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			if i++; i >= n {
				return
			}
		}
	}
}

func main() {
	j := &Journal{}
	data := []struct {
		acct string
		amt  int64
	}{
		{"cash", 1000}, {"bank", 5000}, {"cash", -250}, {"card", -1200},
		{"bank", -1800}, {"cash", 75}, {"card", 600}, {"bank", 320},
	}
	for _, d := range data {
		j.Add(d.acct, d.amt)
	}

	fmt.Println("running balances:")
	for e, bal := range j.Running() {
		fmt.Printf("  #%d %-4s %+6d => %6d\n", e.Seq, e.Account, e.Amount, bal)
	}

	debits := Filter(j.All(), func(e Entry) bool { return e.Amount < 0 })
	fmt.Println("first two outflows:")
	for e := range Take(debits, 2) {
		fmt.Printf("  %+v\n", e)
	}

	totals := map[string]int64{}
	for e := range j.All() {
		totals[e.Account] += e.Amount
	}
	for _, k := range slices.Sorted(maps.Keys(totals)) {
		fmt.Printf("%s=%d\n", k, totals[k])
	}

	amounts := slices.Collect(func(yield func(int64) bool) {
		for e := range j.All() {
			if !yield(e.Amount) {
				return
			}
		}
	})
	slices.Sort(amounts)
	fmt.Println("sorted amounts:", amounts)

	for i, v := range slices.Backward(amounts[len(amounts)-3:]) {
		fmt.Printf("top[%d]=%d\n", i, v)
	}
}
