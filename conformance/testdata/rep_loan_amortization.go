package main

import (
	"fmt"
	"math"
	"os"
	"text/tabwriter"
	"time"
)

type Loan struct {
	Principal  float64
	AnnualRate float64 // percent
	Months     int
	Start      time.Time
}

func (l Loan) Payment() float64 {
	r := l.AnnualRate / 100 / 12
	if r == 0 {
		return l.Principal / float64(l.Months)
	}
	return l.Principal * r / (1 - math.Pow(1+r, -float64(l.Months)))
}

type Row struct {
	N         int
	Date      time.Time
	Payment   float64
	Interest  float64
	Principal float64
	Balance   float64
}

func roundCents(v float64) float64 { return math.Round(v*100) / 100 }

func (l Loan) Schedule(extra float64) []Row {
	pay := roundCents(l.Payment())
	r := l.AnnualRate / 100 / 12
	bal := l.Principal
	var rows []Row
	for n := 1; bal > 0.005; n++ {
		interest := roundCents(bal * r)
		principal := pay + extra - interest
		if principal > bal || n == l.Months {
			// final payment absorbs any rounding remainder
			principal = bal
		}
		bal = roundCents(bal - principal)
		rows = append(rows, Row{n, l.Start.AddDate(0, n, 0), interest + principal, interest, principal, bal})
	}
	return rows
}

func totals(rows []Row) (paid, interest float64) {
	for _, r := range rows {
		paid += r.Payment
		interest += r.Interest
	}
	return
}

func main() {
	loan := Loan{Principal: 18500, AnnualRate: 6.9, Months: 24, Start: time.Date(2024, time.January, 15, 0, 0, 0, 0, time.UTC)}
	fmt.Printf("Loan %.2f at %.2f%% over %d months, payment %.2f\n\n", loan.Principal, loan.AnnualRate, loan.Months, roundCents(loan.Payment()))

	rows := loan.Schedule(0)
	tw := tabwriter.NewWriter(os.Stdout, 6, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "#\tDue\tPayment\tInterest\tPrincipal\tBalance\t")
	for _, r := range rows {
		if r.N > 3 && r.N < len(rows)-2 {
			if r.N == 4 {
				fmt.Fprintln(tw, "...\t\t\t\t\t\t")
			}
			continue
		}
		fmt.Fprintf(tw, "%d\t%s\t%.2f\t%.2f\t%.2f\t%.2f\t\n", r.N, r.Date.Format("Jan 2006"), r.Payment, r.Interest, r.Principal, r.Balance)
	}
	tw.Flush()

	paid, interest := totals(rows)
	fmt.Printf("\nTotal paid %.2f, interest %.2f\n", paid, interest)

	fmt.Println("\nEffect of extra monthly payments:")
	for _, extra := range []float64{0, 100, 250, 500} {
		s := loan.Schedule(extra)
		_, in := totals(s)
		last := s[len(s)-1].Date
		fmt.Printf("  +%6.2f/mo -> %2d payments, last %s, interest %8.2f, saved %7.2f\n",
			extra, len(s), last.Format("2006-01"), in, interest-in)
	}

	zero := Loan{Principal: 1200, AnnualRate: 0, Months: 12, Start: loan.Start}
	fmt.Printf("\n0%% promo: %d payments of %.2f\n", len(zero.Schedule(0)), zero.Payment())
}
