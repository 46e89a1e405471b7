package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type item struct {
	sku   string
	name  string
	qty   int
	price float64
}

func (it item) total() float64 { return float64(it.qty) * it.price }

var inventory = []item{
	{"A-100", "Hex bolt M6", 250, 0.12},
	{"A-101", "Washer", 1000, 0.03},
	{"B-220", "Cordless drill 18V", 4, 89.99},
	{"C-007", "Safety goggles", 35, 6.50},
	{"D-314", "Measuring tape 5m", 12, 11.25},
}

func plainTable() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "SKU\tNAME\tQTY\tPRICE\tTOTAL")
	fmt.Fprintln(w, "---\t----\t---\t-----\t-----")
	var sum float64
	for _, it := range inventory {
		fmt.Fprintf(w, "%s\t%s\t%d\t%.2f\t%.2f\n", it.sku, it.name, it.qty, it.price, it.total())
		sum += it.total()
	}
	fmt.Fprintf(w, "\t\t\t\t%.2f\n", sum)
	w.Flush()
}

func rightAligned() {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "name\tqty\tprice\t")
	for _, it := range inventory {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t\n", it.name, it.qty, it.price)
	}
	w.Flush()
}

func dotLeaders() {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 1, '.', 0)
	chapters := []struct {
		title string
		page  int
	}{{"Introduction", 1}, {"Strings and runes", 7}, {"Maps", 23}, {"Concurrency patterns", 41}}
	for _, c := range chapters {
		fmt.Fprintf(w, "%s\t %d\n", c.title, c.page)
	}
	w.Flush()
}

func multiBlock() {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, 4, 0, 1, '-', tabwriter.FilterHTML)
	fmt.Fprintln(w, "a\tbb\tccc")
	fmt.Fprintln(w, "dddd\te\tf")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "<b>x</b>\ty")
	fmt.Fprintln(w, "zzzzzz\tw")
	w.Flush()
	for line := range strings.Lines(sb.String()) {
		fmt.Printf("|%s", line)
	}
}

func main() {
	fmt.Println("== inventory ==")
	plainTable()
	fmt.Println("== right aligned, debug separators ==")
	rightAligned()
	fmt.Println("== table of contents ==")
	dotLeaders()
	fmt.Println("== blocks reset column widths ==")
	multiBlock()
}
