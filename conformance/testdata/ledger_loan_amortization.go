package main

import (
	"fmt"
	"math"
	"strings"
)

type Loan struct {
	Principal int64   // cents
	AnnualAPR float64 // e.g. 0.069
	Months    int
}

type Installment struct {
	N         int
	Payment   int64
	Interest  int64
	Principal int64
	Remaining int64
}

// MonthlyPayment uses the standard annuity formula, rounded up to a cent.
func (l Loan) MonthlyPayment() int64 {
	r := l.AnnualAPR / 12
	if r == 0 {
		return (l.Principal + int64(l.Months) - 1) / int64(l.Months)
	}
	p := float64(l.Principal) * r / (1 - math.Pow(1+r, -float64(l.Months)))
	return int64(math.Ceil(p))
}

// Schedule builds the amortization table. The last payment absorbs rounding.
func (l Loan) Schedule() []Installment {
	pay := l.MonthlyPayment()
	remaining := l.Principal
	var rows []Installment
	for n := 1; n <= l.Months && remaining > 0; n++ {
		interest := int64(math.Round(float64(remaining) * l.AnnualAPR / 12))
		principal := min(pay-interest, remaining)
		remaining -= principal
		rows = append(rows, Installment{n, principal + interest, interest, principal, remaining})
	}
	return rows
}

func c(v int64) string { return fmt.Sprintf("%d.%02d", v/100, v%100) }

func main() {
	loan := Loan{Principal: 1_200_000, AnnualAPR: 0.069, Months: 12}
	fmt.Printf("Loan %s at %.2f%% APR over %d months\n", c(loan.Principal), loan.AnnualAPR*100, loan.Months)
	fmt.Println("Monthly payment:", c(loan.MonthlyPayment()))
	fmt.Printf("%3s %10s %9s %10s %10s\n", "#", "Payment", "Interest", "Principal", "Balance")
	fmt.Println(strings.Repeat("-", 46))

	var totalInterest, totalPaid int64
	for _, r := range loan.Schedule() {
		fmt.Printf("%3d %10s %9s %10s %10s\n", r.N, c(r.Payment), c(r.Interest), c(r.Principal), c(r.Remaining))
		totalInterest += r.Interest
		totalPaid += r.Payment
	}
	fmt.Println(strings.Repeat("-", 46))
	fmt.Printf("Total paid %s, of which interest %s\n", c(totalPaid), c(totalInterest))

	// Compare terms for the same principal.
	for _, months := range []int{24, 36, 60} {
		l := Loan{Principal: loan.Principal, AnnualAPR: loan.AnnualAPR, Months: months}
		sched := l.Schedule()
		var interest int64
		for _, r := range sched {
			interest += r.Interest
		}
		fmt.Printf("%2d months: payment %8s, total interest %8s\n", months, c(l.MonthlyPayment()), c(interest))
	}
	zero := Loan{Principal: 100_000, Months: 7}
	fmt.Println("0% loan payment:", c(zero.MonthlyPayment()), "installments:", len(zero.Schedule()))
}
