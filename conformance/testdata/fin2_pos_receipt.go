package main

import (
	"fmt"
	"sort"
	"strings"
)

type Money int64

func (m Money) String() string {
	s := ""
	if m < 0 {
		s, m = "-", -m
	}
	return fmt.Sprintf("%s%d.%02d", s, m/100, m%100)
}

type Product struct {
	Code    string
	Name    string
	Price   Money
	Taxable bool
}

type Register struct {
	catalog map[string]Product
	scans   []string
	TaxBps  int64
}

func (r *Register) Scan(codes ...string) { r.scans = append(r.scans, codes...) }

type line struct {
	p   Product
	qty int
}

func (r *Register) Receipt(tendered Money) string {
	counts := map[string]int{}
	for _, c := range r.scans {
		counts[c]++
	}
	codes := make([]string, 0, len(counts))
	for c := range counts {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	var b strings.Builder
	row := func(label string, amt Money) { fmt.Fprintf(&b, "%-24s%10v\n", label, amt) }
	b.WriteString("      CORNER MARKET\n")
	var sub, taxable Money
	for _, c := range codes {
		p, ok := r.catalog[c]
		if !ok {
			p = Product{Code: c, Name: "UNKNOWN " + c}
		}
		l := line{p, counts[c]}
		amt := l.p.Price * Money(l.qty)
		mark := " "
		if l.p.Taxable {
			mark = "T"
			taxable += amt
		}
		row(fmt.Sprintf("%s x%d %s", mark, l.qty, l.p.Name), amt)
		sub += amt
	}
	tax := Money((int64(taxable)*r.TaxBps + 5000) / 10000)
	b.WriteString(strings.Repeat("-", 34) + "\n")
	row("SUBTOTAL", sub)
	row(fmt.Sprintf("TAX %d.%02d%%", r.TaxBps/100, r.TaxBps%100), tax)
	total := sub + tax
	row("TOTAL", total)
	row("CASH", tendered)
	change := tendered - total
	row("CHANGE", change)
	if change > 0 {
		b.WriteString(makeChange(change) + "\n")
	}
	return b.String()
}

func makeChange(m Money) string {
	denoms := []Money{2000, 1000, 500, 100, 25, 10, 5, 1}
	var parts []string
	for _, d := range denoms {
		if n := m / d; n > 0 {
			parts = append(parts, fmt.Sprintf("%dx%v", n, d))
			m -= n * d
		}
	}
	return "change as: " + strings.Join(parts, " ")
}

func main() {
	reg := &Register{
		catalog: map[string]Product{
			"100": {"100", "Milk 1L", 189, false},
			"200": {"200", "Bread", 349, false},
			"300": {"300", "Batteries AA", 799, true},
			"400": {"400", "Soap", 225, true},
		},
		TaxBps: 725,
	}
	reg.Scan("200", "100", "300", "100", "400", "400", "999")
	fmt.Print(reg.Receipt(5000))
}
