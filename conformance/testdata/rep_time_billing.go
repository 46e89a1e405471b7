package main

import (
	"fmt"
	"time"
)

type Terms int

const (
	DueOnReceipt Terms = 0
	Net15        Terms = 15
	Net30        Terms = 30
	Net45        Terms = 45
)

func (t Terms) String() string {
	if t == DueOnReceipt {
		return "Due on receipt"
	}
	return fmt.Sprintf("Net %d", int(t))
}

type Bill struct {
	Ref    string
	Issued time.Time
	Terms  Terms
	Amount float64
	Paid   time.Time // zero if unpaid
}

func (b Bill) Due() time.Time { return b.Issued.AddDate(0, 0, int(b.Terms)) }

// nextBusinessDay moves weekend due dates to Monday.
func nextBusinessDay(t time.Time) time.Time {
	switch t.Weekday() {
	case time.Saturday:
		return t.AddDate(0, 0, 2)
	case time.Sunday:
		return t.AddDate(0, 0, 1)
	}
	return t
}

func daysBetween(a, b time.Time) int {
	return int(b.Sub(a).Hours() / 24)
}

func lateFee(amount float64, daysLate int) float64 {
	if daysLate <= 0 {
		return 0
	}
	// 1.5% per started 30-day period
	periods := (daysLate + 29) / 30
	return amount * 0.015 * float64(periods)
}

func main() {
	const layout = "2006-01-02"
	asOf := time.Date(2024, time.April, 30, 0, 0, 0, 0, time.UTC)
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }

	bills := []Bill{
		{"B-01", d(2024, 1, 31), Net30, 1200, d(2024, 2, 28)},
		{"B-02", d(2024, 2, 15), Net45, 860.50, time.Time{}},
		{"B-03", d(2024, 3, 1), Net15, 99.99, d(2024, 3, 20)},
		{"B-04", d(2024, 3, 29), Net30, 4300, time.Time{}},
		{"B-05", d(2024, 4, 10), Net15, 250, time.Time{}},
		{"B-06", d(2024, 4, 29), DueOnReceipt, 75, d(2024, 4, 29)},
	}

	fmt.Printf("Accounts payable as of %s (%s)\n", asOf.Format(layout), asOf.Weekday())
	fmt.Printf("%-5s %-10s %-15s %-14s %9s %6s %8s\n", "Ref", "Issued", "Terms", "Due", "Amount", "Late", "Fee")
	var outstanding, fees float64
	for _, b := range bills {
		due := nextBusinessDay(b.Due())
		end := asOf
		if !b.Paid.IsZero() {
			end = b.Paid
		}
		late := daysBetween(due, end)
		fee := lateFee(b.Amount, late)
		if b.Paid.IsZero() {
			outstanding += b.Amount + fee
		}
		fees += fee
		fmt.Printf("%-5s %-10s %-15v %-14s %9.2f %6d %8.2f\n",
			b.Ref, b.Issued.Format(layout), b.Terms, due.Format("Mon Jan _2"), b.Amount, max(late, 0), fee)
	}
	fmt.Printf("Outstanding incl. fees: %.2f; total fees: %.2f\n", outstanding, fees)

	// Quarter boundaries and month ends, including a leap year February.
	fmt.Println("Month ends 2024:")
	for m := time.January; m <= time.June; m++ {
		end := time.Date(2024, m+1, 0, 0, 0, 0, 0, time.UTC)
		fmt.Printf("  %-9s ends %s (day %3d of year)\n", m, end.Format("Jan 02"), end.YearDay())
	}
	q2 := d(2024, 4, 1)
	q3 := q2.AddDate(0, 3, 0)
	fmt.Printf("Q2 length: %v (%d days)\n", q3.Sub(q2), daysBetween(q2, q3))
	cutoff := asOf.Add(17*time.Hour + 30*time.Minute)
	fmt.Println("Payment run cutoff:", cutoff.Format(time.RFC1123))
	fmt.Println("Truncated to week start:", cutoff.Truncate(7*24*time.Hour).Format(layout))
}
