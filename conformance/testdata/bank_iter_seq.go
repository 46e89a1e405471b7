package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Statement struct {
	Month string
	Lines []int // cents, + deposit, - withdrawal
}

// Deposits yields only positive amounts.
func (s Statement) Deposits() iter.Seq[int] {
	return func(yield func(int) bool) {
		for _, c := range s.Lines {
			if c > 0 && !yield(c) {
				return
			}
		}
	}
}

// Running yields the line number and running balance after each line.
func (s Statement) Running(start int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		bal := start
		for i, c := range s.Lines {
			bal += c
			if !yield(i+1, bal) {
				return
			}
		}
	}
}

// Take stops any sequence after n elements.
func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		count := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			count++
			if count == n {
				return
			}
		}
	}
}

// Paydays yields every 14th day from first until the end of the month.
func Paydays(first, daysInMonth int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for d := first; d <= daysInMonth; d += 14 {
			if !yield(d) {
				return
			}
		}
	}
}

func main() {
	st := Statement{
		Month: "April",
		Lines: []int{250000, -4599, -120000, 1500, -2350, 30000, -89900, 700},
	}

	fmt.Println(st.Month, "deposits:")
	total := 0
	for d := range st.Deposits() {
		fmt.Printf("  +%d.%02d\n", d/100, d%100)
		total += d
	}
	fmt.Printf("  total %d.%02d\n", total/100, total%100)

	fmt.Println("first two deposits:", slices.Collect(Take(st.Deposits(), 2)))

	fmt.Println("running balance until it drops below 1500.00:")
	for line, bal := range st.Running(10000) {
		fmt.Printf("  line %d: %8.2f\n", line, float64(bal)/100)
		if bal < 150000 {
			fmt.Println("  low balance warning, stopping")
			break
		}
	}

	fmt.Println("paydays in a 31-day month starting on the 3rd:", slices.Collect(Paydays(3, 31)))

	owed := map[string]int{"rent": 120000, "phone": 4599, "insurance": 8990, "gym": 2900}
	keys := slices.Sorted(maps.Keys(owed))
	fmt.Println("bills:", strings.Join(keys, ", "))
	for i, k := range slices.Backward(keys) {
		fmt.Printf("  %d %-10s %7d\n", i, k, owed[k])
	}
	largest := slices.Max(slices.Collect(maps.Values(owed)))
	fmt.Println("largest bill:", largest)
}
