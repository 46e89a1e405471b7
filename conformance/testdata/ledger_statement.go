package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type Kind string

const (
	Deposit    Kind = "DEP"
	Withdrawal Kind = "WDL"
	Fee        Kind = "FEE"
	Interest   Kind = "INT"
)

type Movement struct {
	Day    int
	Kind   Kind
	Desc   string
	Amount float64 // positive for money in, negative for money out
}

type Statement struct {
	Holder  string
	Month   string
	Opening float64
	Moves   []Movement
}

func (s *Statement) Closing() float64 {
	bal := s.Opening
	for _, m := range s.Moves {
		bal += m.Amount
	}
	return bal
}

func (s *Statement) Totals() (in, out float64) {
	for _, m := range s.Moves {
		if m.Amount >= 0 {
			in += m.Amount
		} else {
			out -= m.Amount
		}
	}
	return
}

func (s *Statement) Print() {
	title := fmt.Sprintf("Statement for %s - %s", s.Holder, s.Month)
	fmt.Println(title)
	fmt.Println(strings.Repeat("=", len(title)))
	fmt.Printf("%-4s %-4s %-22s %10s %10s\n", "Day", "Type", "Description", "Amount", "Balance")
	bal := s.Opening
	fmt.Printf("%-4s %-4s %-22s %10s %10.2f\n", "", "", "Opening balance", "", bal)
	for _, m := range s.Moves {
		bal += m.Amount
		desc := m.Desc
		if len(desc) > 22 {
			desc = desc[:19] + "..."
		}
		fmt.Printf("%02d   %-4s %-22s %+10.2f %10.2f\n", m.Day, m.Kind, desc, m.Amount, bal)
	}
	in, out := s.Totals()
	fmt.Println(strings.Repeat("-", 54))

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "Money in:\t%.2f\t\n", in)
	fmt.Fprintf(tw, "Money out:\t%.2f\t\n", out)
	fmt.Fprintf(tw, "Closing balance:\t%.2f\t\n", s.Closing())
	tw.Flush()
}

func main() {
	st := &Statement{
		Holder:  "Ada Lovelace",
		Month:   "March",
		Opening: 1520.75,
		Moves: []Movement{
			{1, Deposit, "Salary", 3200.00},
			{3, Withdrawal, "Rent payment to landlord", -1250.00},
			{7, Withdrawal, "Groceries", -86.42},
			{12, Fee, "Card fee", -2.50},
			{15, Deposit, "Refund", 19.99},
			{22, Withdrawal, "Electricity", -74.10},
			{31, Interest, "Monthly interest", 3.87},
		},
	}
	st.Print()

	counts := map[Kind]int{}
	for _, m := range st.Moves {
		counts[m.Kind]++
	}
	for _, k := range []Kind{Deposit, Withdrawal, Fee, Interest} {
		fmt.Printf("%s x%d\n", k, counts[k])
	}
}
