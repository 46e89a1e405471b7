package main

import (
	"fmt"
	"sort"
)

type Kind int

const (
	Purchase Kind = iota
	Payment
	Refund
	Fee
)

func (k Kind) String() string {
	switch k {
	case Purchase:
		return "purchase"
	case Payment:
		return "payment"
	case Refund:
		return "refund"
	case Fee:
		return "fee"
	}
	return "unknown"
}

type Txn struct {
	Day    int
	Kind   Kind
	Desc   string
	Amount int64 // cents, always positive
}

func (t Txn) Signed() int64 {
	if t.Kind == Payment || t.Kind == Refund {
		return -t.Amount
	}
	return t.Amount
}

type Statement struct {
	Opening int64
	APRBps  int64
	Days    int
	Txns    []Txn
}

// Close computes average daily balance interest and the closing balance.
func (s *Statement) Close() (closing, interest, minDue int64) {
	sort.SliceStable(s.Txns, func(i, j int) bool { return s.Txns[i].Day < s.Txns[j].Day })
	bal := s.Opening
	var sumDaily int64
	idx := 0
	for day := 1; day <= s.Days; day++ {
		for idx < len(s.Txns) && s.Txns[idx].Day == day {
			bal += s.Txns[idx].Signed()
			idx++
		}
		sumDaily += bal
	}
	adb := sumDaily / int64(s.Days)
	if adb > 0 {
		interest = (adb*s.APRBps*int64(s.Days) + 182500) / (10000 * 365)
	}
	closing = bal + interest
	minDue = max(min(closing, 2500), closing/50)
	if closing <= 0 {
		minDue = 0
	}
	return
}

func m(c int64) string {
	if c < 0 {
		return fmt.Sprintf("-%d.%02d", -c/100, -c%100)
	}
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

func main() {
	st := &Statement{
		Opening: 84250,
		APRBps:  2199,
		Days:    30,
		Txns: []Txn{
			{12, Payment, "online payment", 50000},
			{3, Purchase, "grocer", 12744},
			{7, Purchase, "airline", 38900},
			{18, Refund, "airline partial", 9900},
			{22, Purchase, "bookshop", 2599},
			{28, Fee, "foreign txn", 350},
			{7, Purchase, "taxi", 1825},
		},
	}
	closing, interest, due := st.Close()
	totals := map[Kind]int64{}
	fmt.Printf("opening balance %10s\n", m(st.Opening))
	for _, t := range st.Txns {
		totals[t.Kind] += t.Amount
		fmt.Printf("day %2d %-9v %-16s %10s\n", t.Day, t.Kind, t.Desc, m(t.Signed()))
	}
	for k := Purchase; k <= Fee; k++ {
		fmt.Printf("  total %-9v %10s\n", k, m(totals[k]))
	}
	fmt.Printf("interest        %10s\n", m(interest))
	fmt.Printf("closing balance %10s\n", m(closing))
	fmt.Printf("minimum due     %10s\n", m(due))
}
