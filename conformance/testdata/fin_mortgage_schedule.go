package main

import (
	"fmt"
	"math"
)

// roundCents rounds a float amount to the nearest cent, half away from zero.
func roundCents(x float64) int64 {
	return int64(math.Round(x * 100))
}

func fmtCents(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

type Loan struct {
	Principal  int64   // cents
	AnnualRate float64 // e.g. 0.065
	Months     int
}

func (l Loan) Payment() int64 {
	r := l.AnnualRate / 12
	if r == 0 {
		return (l.Principal + int64(l.Months) - 1) / int64(l.Months)
	}
	p := float64(l.Principal) / 100
	pay := p * r / (1 - math.Pow(1+r, -float64(l.Months)))
	return roundCents(pay)
}

type Installment struct {
	N                    int
	Payment, Interest    int64
	Principal, Remaining int64
}

func (l Loan) Schedule(extra int64) []Installment {
	pay := l.Payment()
	bal := l.Principal
	r := l.AnnualRate / 12
	var out []Installment
	for n := 1; bal > 0 && n <= l.Months; n++ {
		interest := roundCents(float64(bal) / 100 * r)
		princ := pay - interest + extra
		if princ > bal || n == l.Months {
			princ = bal
		}
		bal -= princ
		out = append(out, Installment{n, princ + interest, interest, princ, bal})
	}
	return out
}

func summarize(name string, sched []Installment) (int64, int64) {
	var totInt, totPaid int64
	for _, in := range sched {
		totInt += in.Interest
		totPaid += in.Payment
	}
	fmt.Printf("%s: %d payments, total paid %s, total interest %s\n",
		name, len(sched), fmtCents(totPaid), fmtCents(totInt))
	return totInt, totPaid
}

func main() {
	loan := Loan{Principal: 25000000, AnnualRate: 0.065, Months: 360}
	fmt.Printf("principal %s at %.3f%% for %d months\n", fmtCents(loan.Principal), loan.AnnualRate*100, loan.Months)
	fmt.Printf("monthly payment: %s\n\n", fmtCents(loan.Payment()))

	sched := loan.Schedule(0)
	fmt.Printf("%4s %10s %10s %10s %12s\n", "#", "payment", "interest", "principal", "balance")
	show := func(in Installment) {
		fmt.Printf("%4d %10s %10s %10s %12s\n", in.N, fmtCents(in.Payment),
			fmtCents(in.Interest), fmtCents(in.Principal), fmtCents(in.Remaining))
	}
	for i, in := range sched {
		if i < 6 || i >= len(sched)-3 || (i+1)%60 == 0 {
			show(in)
		} else if i == 6 {
			fmt.Println("   ...")
		}
	}
	fmt.Println()

	baseInt, _ := summarize("standard", sched)
	fast := loan.Schedule(20000)
	fastInt, _ := summarize("extra $200/mo", fast)
	fmt.Printf("interest saved: %s, months saved: %d\n", fmtCents(baseInt-fastInt), len(sched)-len(fast))

	// yearly totals for the first 3 years
	for y := 0; y < 3; y++ {
		var i, p int64
		for _, in := range sched[y*12 : (y+1)*12] {
			i += in.Interest
			p += in.Principal
		}
		fmt.Printf("year %d: interest %s principal %s\n", y+1, fmtCents(i), fmtCents(p))
	}

	car := Loan{Principal: 3200000, AnnualRate: 0, Months: 48}
	cs := car.Schedule(0)
	summarize("0% car loan", cs)
	fmt.Printf("first %s last %s\n", fmtCents(cs[0].Payment), fmtCents(cs[len(cs)-1].Payment))
}
