package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Invoice struct {
	Number   string
	Customer string
	Issued   time.Time
	Terms    int // net days
	Amount   int64
	Paid     int64
}

func (inv Invoice) Due() time.Time { return inv.Issued.AddDate(0, 0, inv.Terms) }
func (inv Invoice) Open() int64    { return inv.Amount - inv.Paid }

type Bucket int

const (
	Current Bucket = iota
	Days1to30
	Days31to60
	Days61to90
	Over90
	numBuckets
)

var bucketNames = [numBuckets]string{"Current", "1-30", "31-60", "61-90", "90+"}

func (b Bucket) String() string { return bucketNames[b] }

func bucketFor(daysPastDue int) Bucket {
	switch {
	case daysPastDue <= 0:
		return Current
	case daysPastDue <= 30:
		return Days1to30
	case daysPastDue <= 60:
		return Days31to60
	case daysPastDue <= 90:
		return Days61to90
	default:
		return Over90
	}
}

func daysBetween(a, b time.Time) int {
	return int(b.Sub(a).Hours() / 24)
}

func money(c int64) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func d(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }

func main() {
	asOf := d(2024, time.March, 31)
	invoices := []Invoice{
		{"INV-1001", "Globex", d(2023, time.November, 15), 30, 1250000, 0},
		{"INV-1002", "Initech", d(2024, time.January, 10), 30, 480000, 200000},
		{"INV-1003", "Globex", d(2024, time.February, 20), 45, 975050, 0},
		{"INV-1004", "Umbrella", d(2024, time.March, 1), 15, 310000, 0},
		{"INV-1005", "Initech", d(2023, time.December, 29), 60, 220000, 0},
		{"INV-1006", "Hooli", d(2024, time.March, 25), 30, 1500000, 0},
		{"INV-1007", "Umbrella", d(2024, time.January, 31), 30, 87525, 87525},
		{"INV-1008", "Hooli", d(2024, time.February, 29), 30, 645000, 45000},
	}

	type row [numBuckets]int64
	byCustomer := map[string]*row{}
	var totals row
	fmt.Printf("aging as of %s\n", asOf.Format("Mon Jan 2, 2006"))
	for _, inv := range invoices {
		if inv.Open() == 0 {
			fmt.Printf("  %s fully paid, skipped\n", inv.Number)
			continue
		}
		late := daysBetween(inv.Due(), asOf)
		b := bucketFor(late)
		fmt.Printf("  %s %-8s due %s (%s) %4d days late -> %-7v %10s\n", inv.Number, inv.Customer,
			inv.Due().Format("2006-01-02"), inv.Due().Weekday().String()[:3], max(late, 0), b, money(inv.Open()))
		r := byCustomer[inv.Customer]
		if r == nil {
			r = new(row)
			byCustomer[inv.Customer] = r
		}
		r[b] += inv.Open()
		totals[b] += inv.Open()
	}

	names := make([]string, 0, len(byCustomer))
	for n := range byCustomer {
		names = append(names, n)
	}
	sort.Strings(names)

	header := fmt.Sprintf("%-10s", "Customer")
	for b := Current; b < numBuckets; b++ {
		header += fmt.Sprintf("%11s", b)
	}
	header += fmt.Sprintf("%12s", "Total")
	fmt.Println()
	fmt.Println(header)
	fmt.Println(strings.Repeat("-", len(header)))
	printRow := func(name string, r *row) {
		var sum int64
		fmt.Printf("%-10s", name)
		for _, v := range r {
			fmt.Printf("%11s", money(v))
			sum += v
		}
		fmt.Printf("%12s\n", money(sum))
	}
	for _, n := range names {
		printRow(n, byCustomer[n])
	}
	fmt.Println(strings.Repeat("-", len(header)))
	printRow("TOTAL", &totals)

	// allowance for doubtful accounts by bucket percentage
	pct := [numBuckets]int64{1, 3, 10, 25, 50}
	var allowance int64
	for b, v := range totals {
		allowance += (v*pct[b] + 50) / 100
	}
	fmt.Printf("\nallowance for doubtful accounts: %s\n", money(allowance))
	fmt.Println("next month-end:", asOf.AddDate(0, 1, 0).Format("2006-01-02"), "vs", d(2024, time.May, 0).Format("2006-01-02"))
}
