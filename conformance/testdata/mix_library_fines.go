package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type Material int

const (
	Book Material = iota + 1
	DVD
	Reference
)

func (m Material) String() string {
	switch m {
	case Book:
		return "Book"
	case DVD:
		return "DVD"
	case Reference:
		return "Reference"
	}
	return "Material(" + fmt.Sprint(int(m)) + ")"
}

type Policy struct {
	LoanDays  int
	PerDay    float64
	MaxFine   float64
	GraceDays int
}

var policies = map[Material]Policy{
	Book: {21, 0.25, 10, 2},
	DVD:  {7, 1.00, 20, 0},
}

var ErrNotLendable = errors.New("not lendable")

type Loan struct {
	Patron   string
	Title    string
	Kind     Material
	Out      time.Time
	Returned time.Time
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }

func (l Loan) Fine() (float64, int, error) {
	p, ok := policies[l.Kind]
	if !ok {
		return 0, 0, fmt.Errorf("%q (%v): %w", l.Title, l.Kind, ErrNotLendable)
	}
	due := l.Out.AddDate(0, 0, p.LoanDays)
	late := int(l.Returned.Sub(due).Hours() / 24)
	if late <= p.GraceDays {
		return 0, max(late, 0), nil
	}
	return min(float64(late)*p.PerDay, p.MaxFine), late, nil
}

func main() {
	loans := []Loan{
		{"kim", "Dune", Book, day(2024, 1, 10), day(2024, 2, 5)},
		{"kim", "Alien", DVD, day(2024, 2, 1), day(2024, 2, 7)},
		{"lee", "SICP", Book, day(2024, 2, 20), day(2024, 3, 14)},
		{"lee", "Heat", DVD, day(2024, 2, 25), day(2024, 4, 1)},
		{"max", "Atlas", Reference, day(2024, 3, 1), day(2024, 3, 2)},
		{"max", "Emma", Book, day(2023, 12, 20), day(2024, 1, 30)},
	}
	totals := map[string]float64{}
	for _, l := range loans {
		fine, late, err := l.Fine()
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		totals[l.Patron] += fine
		fmt.Printf("%-4s %-6s %-5v out %s back %s late=%2d fine=$%5.2f\n",
			l.Patron, l.Title, l.Kind, l.Out.Format("2006-01-02"), l.Returned.Format("Jan 2"), late, fine)
	}
	patrons := make([]string, 0, len(totals))
	for p := range totals {
		patrons = append(patrons, p)
	}
	sort.Slice(patrons, func(i, j int) bool { return totals[patrons[i]] > totals[patrons[j]] })
	for _, p := range patrons {
		fmt.Printf("%-4s owes $%.2f\n", p, totals[p])
	}
	fmt.Println(day(2024, 2, 28).AddDate(0, 0, 2).Weekday(), Material(9))
}
