package main

import (
	"fmt"
	"math"
)

type Loan struct {
	Name      string
	Principal int64 // cents
	APR       float64
	Months    int
	Extra     int64 // extra principal per month
}

type Row struct {
	N                                     int
	Payment, Interest, Principal, Balance int64
}

func (l Loan) Payment() int64 {
	r := l.APR / 12
	if r == 0 {
		return (l.Principal + int64(l.Months) - 1) / int64(l.Months)
	}
	p := float64(l.Principal) * r / (1 - math.Pow(1+r, -float64(l.Months)))
	return int64(math.Ceil(p))
}

func (l Loan) Schedule() []Row {
	pay := l.Payment()
	bal := l.Principal
	var rows []Row
	for n := 1; bal > 0; n++ {
		interest := int64(math.Round(float64(bal) * l.APR / 12))
		principal := pay - interest + l.Extra
		if principal >= bal {
			principal = bal
		}
		bal -= principal
		rows = append(rows, Row{n, principal + interest, interest, principal, bal})
	}
	return rows
}

func money(c int64) string { return fmt.Sprintf("%.2f", float64(c)/100) }

func printRow(r Row) {
	fmt.Printf("%4d %10s %10s %10s %12s\n", r.N, money(r.Payment), money(r.Interest), money(r.Principal), money(r.Balance))
}

func main() {
	loans := []Loan{
		{"Equipment note", 2500000, 0.0725, 36, 0},
		{"Equipment note + extra", 2500000, 0.0725, 36, 20000},
		{"Vehicle loan", 3200000, 0.049, 60, 0},
		{"Interest-free", 100000, 0, 7, 0},
	}
	first := loans[0].Schedule()
	fmt.Printf("%s: %s at %.2f%% for %d months, payment %s\n",
		loans[0].Name, money(loans[0].Principal), loans[0].APR*100, loans[0].Months, money(loans[0].Payment()))
	fmt.Printf("%4s %10s %10s %10s %12s\n", "#", "Payment", "Interest", "Principal", "Balance")
	for _, r := range first[:6] {
		printRow(r)
	}
	fmt.Println("  ...")
	for _, r := range first[len(first)-3:] {
		printRow(r)
	}

	fmt.Println()
	fmt.Printf("%-24s %10s %7s %12s %12s\n", "Loan", "Payment", "Months", "Interest", "Total paid")
	var baseInterest int64
	for i, l := range loans {
		var interest, paid int64
		rows := l.Schedule()
		for _, r := range rows {
			interest += r.Interest
			paid += r.Payment
		}
		fmt.Printf("%-24s %10s %7d %12s %12s\n", l.Name, money(l.Payment()+l.Extra), len(rows), money(interest), money(paid))
		if i == 0 {
			baseInterest = interest
		}
		if i == 1 {
			fmt.Printf("%-24s saves %s interest\n", "", money(baseInterest-interest))
		}
	}

	fmt.Println("\nYearly summary, vehicle loan:")
	yearI, yearP := int64(0), int64(0)
	for _, r := range loans[2].Schedule() {
		yearI += r.Interest
		yearP += r.Principal
		if r.N%12 == 0 || r.Balance == 0 {
			fmt.Printf("  year %d: interest %9s principal %10s balance %10s\n", (r.N+11)/12, money(yearI), money(yearP), money(r.Balance))
			yearI, yearP = 0, 0
		}
	}
}
