package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

type Sale struct {
	Date    time.Time
	Region  string
	Product string
	Amount  float64
}

type Quarter struct {
	Year int
	Q    int
}

func (q Quarter) String() string { return fmt.Sprintf("%dQ%d", q.Year, q.Q) }

func quarterOf(t time.Time) Quarter {
	return Quarter{t.Year(), (int(t.Month())-1)/3 + 1}
}

type Pivot struct {
	rows, cols []string
	cells      map[[2]string]float64
}

func NewPivot[T any](data []T, row, col func(T) string, val func(T) float64) *Pivot {
	p := &Pivot{cells: map[[2]string]float64{}}
	for _, d := range data {
		r, c := row(d), col(d)
		if !slices.Contains(p.rows, r) {
			p.rows = append(p.rows, r)
		}
		if !slices.Contains(p.cols, c) {
			p.cols = append(p.cols, c)
		}
		p.cells[[2]string{r, c}] += val(d)
	}
	slices.Sort(p.rows)
	slices.Sort(p.cols)
	return p
}

func (p *Pivot) Render(title string) {
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\t%s\tTotal\t\n", title, strings.Join(p.cols, "\t"))
	colTotals := make([]float64, len(p.cols))
	grand := 0.0
	for _, r := range p.rows {
		fmt.Fprintf(tw, "%s\t", r)
		rowTotal := 0.0
		for i, c := range p.cols {
			v, ok := p.cells[[2]string{r, c}]
			if ok {
				fmt.Fprintf(tw, "%.0f\t", v)
			} else {
				fmt.Fprint(tw, "-\t")
			}
			rowTotal += v
			colTotals[i] += v
		}
		grand += rowTotal
		fmt.Fprintf(tw, "%.0f\t\n", rowTotal)
	}
	fmt.Fprint(tw, "Total\t")
	for _, t := range colTotals {
		fmt.Fprintf(tw, "%.0f\t", t)
	}
	fmt.Fprintf(tw, "%.0f\t\n", grand)
	tw.Flush()
}

func main() {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	sales := []Sale{
		{d(2023, 11, 3), "EMEA", "Analytics", 12000},
		{d(2024, 1, 14), "EMEA", "Analytics", 8000},
		{d(2024, 2, 2), "APAC", "Storage", 4500},
		{d(2024, 2, 20), "Americas", "Analytics", 15500},
		{d(2024, 3, 31), "Americas", "Storage", 7200},
		{d(2024, 4, 1), "EMEA", "Support", 3000},
		{d(2024, 5, 18), "APAC", "Analytics", 9900},
		{d(2024, 6, 30), "Americas", "Support", 2500},
		{d(2024, 7, 9), "EMEA", "Storage", 6100},
		{d(2024, 8, 22), "Americas", "Analytics", 17250},
		{d(2024, 9, 5), "APAC", "Support", 1800},
		{d(2023, 12, 12), "Americas", "Storage", 5400},
	}

	byQuarter := NewPivot(sales,
		func(s Sale) string { return s.Region },
		func(s Sale) string { return quarterOf(s.Date).String() },
		func(s Sale) float64 { return s.Amount })
	byQuarter.Render("Region")

	fmt.Println()
	byProduct := NewPivot(sales,
		func(s Sale) string { return s.Product },
		func(s Sale) string { return s.Region },
		func(s Sale) float64 { return s.Amount })
	byProduct.Render("Product")

	fmt.Println()
	var prev float64
	for _, q := range byQuarter.cols {
		var total float64
		for _, r := range byQuarter.rows {
			total += byQuarter.cells[[2]string{r, q}]
		}
		growth := "n/a"
		if prev > 0 {
			growth = fmt.Sprintf("%+.1f%%", (total-prev)/prev*100)
		}
		fmt.Printf("%s %8.0f %8s\n", q, total, growth)
		prev = total
	}
}
