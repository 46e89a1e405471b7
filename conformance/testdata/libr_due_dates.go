package main

import (
	"fmt"
	"time"
)

// LoanPeriod depends on the item type.
var loanPeriod = map[string]time.Duration{
	"book":     21 * 24 * time.Hour,
	"dvd":      7 * 24 * time.Hour,
	"laptop":   4 * time.Hour,
	"magazine": 3 * 24 * time.Hour,
}

type Loan struct {
	Item     string
	Kind     string
	Borrowed time.Time
	Returned time.Time
}

func (l Loan) Due() time.Time { return l.Borrowed.Add(loanPeriod[l.Kind]) }

func (l Loan) Late() time.Duration {
	d := l.Returned.Sub(l.Due())
	return max(d, 0)
}

func main() {
	base := time.Date(2024, time.March, 1, 10, 0, 0, 0, time.UTC)
	at := func(days, hours, mins int) time.Time {
		return base.Add(time.Duration(days)*24*time.Hour + time.Duration(hours)*time.Hour + time.Duration(mins)*time.Minute)
	}

	loans := []Loan{
		{"Moby-Dick", "book", base, at(20, 0, 0)},
		{"Alien", "dvd", base, at(9, 3, 0)},
		{"Chromebook #7", "laptop", at(2, 0, 0), at(2, 5, 30)},
		{"Vogue May", "magazine", at(1, 0, 0), at(4, 0, 0)},
		{"Ulysses", "book", at(3, 0, 0), at(30, 12, 15)},
	}

	for _, l := range loans {
		fmt.Printf("%-14s due %s  returned %s  late %v\n",
			l.Item, l.Due().Format("Mon Jan 2 15:04"), l.Returned.Format("2006-01-02"), l.Late())
	}

	var total time.Duration
	for _, l := range loans {
		total += l.Late()
	}
	fmt.Println("total lateness:", total)
	fmt.Printf("in hours: %.2f\n", total.Hours())
	fmt.Printf("in minutes: %.0f\n", total.Minutes())

	renewed := loans[0].Due().AddDate(0, 0, 14)
	fmt.Println("Moby-Dick renewed until:", renewed.Format(time.RFC3339))
	fmt.Println("weekday:", renewed.Weekday())
	fmt.Println("day of year:", renewed.YearDay())

	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println("parsed:", d, err, "seconds:", d.Seconds())
	fmt.Println("milliseconds:", (1500 * time.Microsecond).String())
	fmt.Println("rounded:", d.Round(time.Minute), "truncated:", d.Truncate(time.Hour))

	closing := time.Date(2024, time.March, 1, 20, 0, 0, 0, time.UTC)
	fmt.Println("open for:", closing.Sub(base))
	fmt.Println("before closing:", at(0, 9, 59).Before(closing))
}
