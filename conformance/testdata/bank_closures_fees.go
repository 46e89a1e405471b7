package main

import (
	"fmt"
	"strings"
)

type FeeFunc func(amount int) int

func flatFee(fee int) FeeFunc {
	return func(int) int { return fee }
}

func percentFee(basisPoints int) FeeFunc {
	return func(amount int) int { return amount * basisPoints / 10000 }
}

func cappedFee(f FeeFunc, lo, hi int) FeeFunc {
	return func(amount int) int {
		return min(max(f(amount), lo), hi)
	}
}

func combine(fs ...FeeFunc) FeeFunc {
	return func(amount int) int {
		total := 0
		for _, f := range fs {
			total += f(amount)
		}
		return total
	}
}

// freeFirst returns a fee function that waives the first n transactions.
func freeFirst(n int, f FeeFunc) FeeFunc {
	used := 0
	return func(amount int) int {
		used++
		if used <= n {
			return 0
		}
		return f(amount)
	}
}

func counter(prefix string) func() string {
	next := 0
	return func() string {
		next++
		return fmt.Sprintf("%s-%04d", prefix, next)
	}
}

func main() {
	schemes := []struct {
		name string
		fee  FeeFunc
	}{
		{"flat 1.50", flatFee(150)},
		{"2.9% + 0.30", combine(percentFee(290), flatFee(30))},
		{"1% min 0.50 max 5", cappedFee(percentFee(100), 50, 500)},
	}
	amounts := []int{500, 2500, 10000, 99900}

	fmt.Printf("%-20s", "scheme")
	for _, a := range amounts {
		fmt.Printf("%10.2f", float64(a)/100)
	}
	fmt.Println()
	fmt.Println(strings.Repeat("-", 20+10*len(amounts)))
	for _, s := range schemes {
		fmt.Printf("%-20s", s.name)
		for _, a := range amounts {
			fmt.Printf("%10.2f", float64(s.fee(a))/100)
		}
		fmt.Println()
	}

	fmt.Println()
	atm := freeFirst(3, flatFee(250))
	nextID := counter("ATM")
	totalFees := 0
	for i := range 5 {
		fee := atm(2000)
		totalFees += fee
		fmt.Printf("%s withdrawal %d fee %.2f\n", nextID(), i+1, float64(fee)/100)
	}
	fmt.Printf("ATM fees this month: %.2f\n", float64(totalFees)/100)

	// Each closure captures its own copy of the loop variable (Go 1.22+).
	var reminders []func() string
	for _, bill := range []string{"rent", "phone", "water"} {
		reminders = append(reminders, func() string { return "pay the " + bill })
	}
	for _, r := range reminders {
		fmt.Println(r())
	}

	other := counter("INV")
	fmt.Println(other(), other(), nextID())
}
