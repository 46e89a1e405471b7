package main

import (
	"fmt"
	"math"
	"strings"
)

type Loan struct {
	Principal float64
	AnnualAPR float64
	Months    int
}

// Payment is the standard fixed monthly payment formula.
func (l Loan) Payment() float64 {
	r := l.AnnualAPR / 12
	if r == 0 {
		return l.Principal / float64(l.Months)
	}
	return l.Principal * r / (1 - math.Pow(1+r, -float64(l.Months)))
}

type Row struct {
	Month     int
	Payment   float64
	Interest  float64
	Principal float64
	Remaining float64
}

func roundCents(x float64) float64 {
	return math.Round(x*100) / 100
}

func (l Loan) Schedule() []Row {
	rows := make([]Row, 0, l.Months)
	pay := roundCents(l.Payment())
	bal := l.Principal
	for m := 1; m <= l.Months; m++ {
		interest := roundCents(bal * l.AnnualAPR / 12)
		p := pay
		if m == l.Months {
			// last payment clears whatever is left
			p = roundCents(bal + interest)
		}
		princ := roundCents(p - interest)
		bal = roundCents(bal - princ)
		rows = append(rows, Row{m, p, interest, princ, bal})
	}
	return rows
}

func main() {
	loan := Loan{Principal: 5000, AnnualAPR: 0.069, Months: 12}
	fmt.Printf("Loan %+v\n", loan)
	fmt.Printf("Monthly payment: %.2f\n\n", loan.Payment())

	fmt.Printf("%5s %10s %10s %10s %11s\n", "Month", "Payment", "Interest", "Principal", "Remaining")
	fmt.Println(strings.Repeat("-", 50))
	var totalInterest, totalPaid float64
	for _, r := range loan.Schedule() {
		fmt.Printf("%5d %10.2f %10.2f %10.2f %11.2f\n", r.Month, r.Payment, r.Interest, r.Principal, r.Remaining)
		totalInterest += r.Interest
		totalPaid += r.Payment
	}
	fmt.Println(strings.Repeat("-", 50))
	fmt.Printf("Total paid %.2f, of which interest %.2f\n\n", totalPaid, totalInterest)

	fmt.Println("Comparing terms for 20000.00 at 5.5%:")
	for _, months := range []int{24, 36, 48, 60, 72} {
		l := Loan{20000, 0.055, months}
		pay := l.Payment()
		cost := pay*float64(months) - l.Principal
		fmt.Printf("  %2d months: %8.2f/month, total interest %8.2f\n", months, pay, cost)
	}
	zero := Loan{1200, 0, 12}
	fmt.Printf("0%% promo loan: %.2f/month\n", zero.Payment())
}
