package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
	"time"
)

type Invoice struct {
	Customer string
	Number   string
	Due      time.Time
	Amount   int64
	Paid     int64
}

func (i Invoice) Open() int64 { return i.Amount - i.Paid }

type Bucket int

const (
	Current Bucket = iota
	Days1to30
	Days31to60
	Days61to90
	Over90
	numBuckets
)

func (b Bucket) String() string {
	return [...]string{"Current", "1-30", "31-60", "61-90", "90+"}[b]
}

func bucketFor(due, asOf time.Time) (Bucket, int) {
	days := int(asOf.Sub(due).Hours() / 24)
	switch {
	case days <= 0:
		return Current, days
	case days <= 30:
		return Days1to30, days
	case days <= 60:
		return Days31to60, days
	case days <= 90:
		return Days61to90, days
	}
	return Over90, days
}

func d(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }

func amt(c int64) string {
	if c == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", float64(c)/100)
}

func main() {
	asOf := d(2024, time.June, 30)
	invoices := []Invoice{
		{"Blue Harbor", "A-101", d(2024, time.July, 15), 420000, 0},
		{"Blue Harbor", "A-087", d(2024, time.May, 31), 125050, 25050},
		{"Cedar Mills", "A-066", d(2024, time.March, 1), 98000, 0},
		{"Cedar Mills", "A-090", d(2024, time.June, 10), 45500, 45500},
		{"Dune Logistics", "A-071", d(2024, time.April, 15), 310000, 100000},
		{"Dune Logistics", "A-095", d(2024, time.June, 29), 7999, 0},
		{"Apex Foods", "A-059", d(2024, time.January, 20), 56000, 0},
		{"Apex Foods", "A-099", d(2024, time.June, 30), 88800, 0},
		{"Apex Foods", "A-080", d(2024, time.May, 1), 23400, 400},
	}
	type row struct {
		b    [numBuckets]int64
		open int64
	}
	rows := map[string]*row{}
	var total row
	fmt.Printf("Aging detail as of %s\n", asOf.Format("January 2, 2006"))
	for _, inv := range invoices {
		if inv.Open() == 0 {
			fmt.Printf("  %-5s %-15s paid in full\n", inv.Number, inv.Customer)
			continue
		}
		b, days := bucketFor(inv.Due, asOf)
		fmt.Printf("  %-5s %-15s due %s  %4d days  %-7v %10s\n", inv.Number, inv.Customer,
			inv.Due.Format("2006-01-02"), days, b, amt(inv.Open()))
		r := rows[inv.Customer]
		if r == nil {
			r = &row{}
			rows[inv.Customer] = r
		}
		r.b[b] += inv.Open()
		r.open += inv.Open()
		total.b[b] += inv.Open()
		total.open += inv.Open()
	}
	names := make([]string, 0, len(rows))
	for n := range rows {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return rows[names[i]].open > rows[names[j]].open })

	fmt.Println()
	w := tabwriter.NewWriter(os.Stdout, 6, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(w, "Customer\t")
	for b := Current; b < numBuckets; b++ {
		fmt.Fprintf(w, "%v\t", b)
	}
	fmt.Fprintln(w, "Total\t")
	printRow := func(name string, r *row) {
		fmt.Fprintf(w, "%s\t", name)
		for _, v := range r.b {
			fmt.Fprintf(w, "%s\t", amt(v))
		}
		fmt.Fprintf(w, "%s\t\n", amt(r.open))
	}
	for _, n := range names {
		printRow(n, rows[n])
	}
	printRow("TOTAL", &total)
	w.Flush()

	fmt.Println()
	for b := Current; b < numBuckets; b++ {
		share := float64(total.b[b]) / float64(total.open) * 100
		fmt.Printf("%-8v %5.1f%%\n", b, share)
	}
	reserve := total.b[Days61to90]*25/100 + total.b[Over90]*50/100
	fmt.Printf("doubtful-account reserve (25%% of 61-90, 50%% of 90+): %s\n", amt(reserve))
}
