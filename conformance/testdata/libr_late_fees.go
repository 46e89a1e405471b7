package main

import (
	"fmt"
	"time"
)

// Loan records how long an item was kept past its due date.
type Loan struct {
	Title   string
	Kind    string
	Overdue time.Duration
}

const day = 24 * time.Hour

// dailyRate returns the fee in cents per started day for a kind of item.
func dailyRate(kind string) int {
	switch kind {
	case "dvd":
		return 100
	case "book", "audiobook":
		return 25
	case "reference":
		return 200
	default:
		return 10
	}
}

// fee computes the late fee in cents, capped per kind.
func fee(l Loan) int {
	if l.Overdue <= 0 {
		return 0
	}
	days := int(l.Overdue / day)
	if l.Overdue%day != 0 {
		days++ // any started day counts
	}
	cents := days * dailyRate(l.Kind)
	limit := 1000
	if l.Kind == "reference" {
		limit = 5000
	}
	return min(cents, limit)
}

func dollars(cents int) string {
	return fmt.Sprintf("$%d.%02d", cents/100, cents%100)
}

func main() {
	loans := []Loan{
		{"Dune", "book", 3*day + 2*time.Hour},
		{"Casablanca", "dvd", 36 * time.Hour},
		{"Atlas of the World", "reference", 30 * day},
		{"Middlemarch", "book", -5 * time.Hour},
		{"Poetry Monthly", "magazine", 90 * time.Minute},
		{"Sapiens", "audiobook", 60 * day},
	}

	total := 0
	for _, l := range loans {
		f := fee(l)
		total += f
		fmt.Printf("%-20s %-10s overdue=%-12v fee=%8s\n", l.Title, l.Kind, l.Overdue, dollars(f))
	}
	fmt.Println("total owed:", dollars(total))

	longest := loans[0]
	for _, l := range loans[1:] {
		if l.Overdue > longest.Overdue {
			longest = l
		}
	}
	fmt.Printf("longest overdue: %s (%.1f days)\n", longest.Title, longest.Overdue.Hours()/24)
	fmt.Println("grace period:", (90 * time.Minute).Round(time.Hour))
	fmt.Println("truncated:", (3*day + 2*time.Hour + 17*time.Minute).Truncate(time.Hour))
}
