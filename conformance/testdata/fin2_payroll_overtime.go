package main

import (
	"fmt"
	"sort"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

type Employee struct {
	Name       string
	HourlyRate Cents
	Hours      []float64 // hours per day for one week
	Exempt     bool
}

type Deduction interface {
	Name() string
	Amount(gross Cents) Cents
}

type percentDeduction struct {
	label string
	bps   int64
}

func (p percentDeduction) Name() string { return p.label }
func (p percentDeduction) Amount(g Cents) Cents {
	return Cents((int64(g)*p.bps + 5000) / 10000)
}

type flatDeduction struct {
	label string
	amt   Cents
}

func (f flatDeduction) Name() string         { return f.label }
func (f flatDeduction) Amount(g Cents) Cents { return min(f.amt, g) }

type Stub struct {
	Name              string
	Regular, Overtime float64
	Gross, Deductions Cents
	Net               Cents
}

func (e Employee) Pay(deds []Deduction) (s Stub) {
	s.Name = e.Name
	total := 0.0
	for _, h := range e.Hours {
		total += h
	}
	s.Regular = total
	if !e.Exempt && total > 40 {
		s.Regular = 40
		s.Overtime = total - 40
	}
	regPay := Cents(s.Regular*float64(e.HourlyRate) + 0.5)
	otPay := Cents(s.Overtime*float64(e.HourlyRate)*1.5 + 0.5)
	s.Gross = regPay + otPay
	for _, d := range deds {
		s.Deductions += d.Amount(s.Gross)
	}
	s.Net = s.Gross - s.Deductions
	return s
}

func main() {
	deds := []Deduction{
		percentDeduction{"federal", 1200},
		percentDeduction{"state", 450},
		percentDeduction{"retirement", 500},
		flatDeduction{"health", 4500},
	}
	staff := []Employee{
		{"Rivera", 2250, []float64{8, 9, 10, 8, 9.5}, false},
		{"Okafor", 3100, []float64{8, 8, 8, 8, 8}, false},
		{"Lindqvist", 4800, []float64{10, 11, 10, 12, 9}, true},
		{"Chen", 1875, []float64{12, 12, 10, 8, 6, 4}, false},
	}
	var stubs []Stub
	for _, e := range staff {
		stubs = append(stubs, e.Pay(deds))
	}
	sort.Slice(stubs, func(i, j int) bool { return stubs[i].Net > stubs[j].Net })
	var totalGross, totalNet Cents
	for _, s := range stubs {
		fmt.Printf("%-10s reg %5.1fh ot %4.1fh gross %8v ded %7v net %8v\n",
			s.Name, s.Regular, s.Overtime, s.Gross, s.Deductions, s.Net)
		totalGross += s.Gross
		totalNet += s.Net
	}
	fmt.Printf("payroll gross %v net %v\n", totalGross, totalNet)
	g := stubs[0].Gross
	for _, d := range deds {
		fmt.Printf("  %-10s on %v: %v\n", d.Name(), g, d.Amount(g))
	}
}
