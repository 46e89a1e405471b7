package main

import (
	"fmt"
	"hash/crc32"
	"strings"
)

type Line struct {
	Item  string
	Qty   int
	Price float64
}

func (l Line) Total() float64 { return float64(l.Qty) * l.Price }

type Receipt struct {
	Number int
	Table  string
	Lines  []Line
	TaxPct float64
}

func (r *Receipt) Add(item string, qty int, price float64) *Receipt {
	r.Lines = append(r.Lines, Line{item, qty, price})
	return r
}

func (r Receipt) Subtotal() float64 {
	var s float64
	for _, l := range r.Lines {
		s += l.Total()
	}
	return s
}

func (r Receipt) Render() string {
	var b strings.Builder
	width := 34
	fmt.Fprintf(&b, "%s\n", strings.Repeat("=", width))
	fmt.Fprintf(&b, "%*s\n", (width+len("BEAN THERE CAFE"))/2, "BEAN THERE CAFE")
	fmt.Fprintf(&b, "Receipt #%06d   Table %q\n", r.Number, r.Table)
	fmt.Fprintf(&b, "%s\n", strings.Repeat("-", width))
	for _, l := range r.Lines {
		fmt.Fprintf(&b, "%-16s %3d x %5.2f %6.2f\n", l.Item, l.Qty, l.Price, l.Total())
	}
	sub := r.Subtotal()
	tax := sub * r.TaxPct / 100
	fmt.Fprintf(&b, "%s\n", strings.Repeat("-", width))
	fmt.Fprintf(&b, "%-20s %13.2f\n", "Subtotal", sub)
	fmt.Fprintf(&b, "%-20s %13.2f\n", fmt.Sprintf("Tax (%.1f%%)", r.TaxPct), tax)
	fmt.Fprintf(&b, "%-20s %13.2f\n", "TOTAL", sub+tax)
	fmt.Fprintf(&b, "%s\n", strings.Repeat("=", width))
	return b.String()
}

func main() {
	r := &Receipt{Number: 427, Table: "window-3", TaxPct: 8.5}
	r.Add("Flat white", 2, 4.25).
		Add("Blueberry muffin", 1, 3.10).
		Add("Chai latte", 1, 4.80).
		Add("Water", 3, 0)

	text := r.Render()
	fmt.Print(text)

	sum := crc32.ChecksumIEEE([]byte(text))
	fmt.Printf("checksum: %08x (%X)\n", sum, sum)
	fmt.Printf("table bytes: % x\n", r.Table)
	fmt.Printf("first line: %v\n", r.Lines[0])
	fmt.Printf("first line: %+v\n", r.Lines[0])
	fmt.Printf("first line: %#v\n", r.Lines[0])
	fmt.Printf("types: %T %T %T\n", r, r.Lines, r.TaxPct)
	fmt.Printf("padded total: [%10.3f] [%-10.1f] [%+.2f]\n", r.Subtotal(), r.Subtotal(), -r.Subtotal())
	fmt.Printf("percent sign and bool: 100%% %t\n", r.Subtotal() > 10)
}
