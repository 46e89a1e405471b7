package main

import (
	"fmt"
	"math"
)

// Money is an amount in integer cents.
type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Loan struct {
	Principal Money
	AnnualPct float64
	Months    int
}

type Row struct {
	Month     int
	Payment   Money
	Interest  Money
	Principal Money
	Balance   Money
}

func (l Loan) MonthlyPayment() Money {
	r := l.AnnualPct / 100 / 12
	p := float64(l.Principal)
	if r == 0 {
		return Money(math.Round(p / float64(l.Months)))
	}
	pay := p * r / (1 - math.Pow(1+r, -float64(l.Months)))
	return Money(math.Round(pay))
}

func (l Loan) Schedule() (rows []Row, totalInterest Money) {
	pay := l.MonthlyPayment()
	bal := l.Principal
	r := l.AnnualPct / 100 / 12
	for m := 1; m <= l.Months; m++ {
		interest := Money(math.Round(float64(bal) * r))
		princ := pay - interest
		if m == l.Months || princ > bal {
			princ = bal
		}
		bal -= princ
		totalInterest += interest
		rows = append(rows, Row{m, princ + interest, interest, princ, bal})
	}
	return rows, totalInterest
}

func main() {
	loans := []Loan{
		{Principal: 1200000, AnnualPct: 6.5, Months: 12},
		{Principal: 500000, AnnualPct: 0, Months: 4},
	}
	for i, l := range loans {
		fmt.Printf("Loan %d: %v at %.2f%% for %d months\n", i+1, l.Principal, l.AnnualPct, l.Months)
		fmt.Printf("  monthly payment: %v\n", l.MonthlyPayment())
		rows, ti := l.Schedule()
		for _, r := range rows {
			if r.Month <= 3 || r.Month > l.Months-2 {
				fmt.Printf("  %2d pay=%-10v int=%-9v prin=%-10v bal=%v\n",
					r.Month, r.Payment, r.Interest, r.Principal, r.Balance)
			} else if r.Month == 4 {
				fmt.Println("  ...")
			}
		}
		var paid Money
		for _, r := range rows {
			paid += r.Payment
		}
		fmt.Printf("  total paid %v, interest %v\n", paid, ti)
	}
}
