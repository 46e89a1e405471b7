package main

import (
	"fmt"
	"strings"
)

const width = 36

type Item struct {
	Name  string
	Qty   int
	Price int // cents each
}

type Receipt struct {
	Store   string
	Items   []Item
	TaxBps  int // basis points
	Coupons map[string]int
}

func center(s string) string {
	pad := (width - len(s)) / 2
	if pad < 0 {
		pad = 0
	}
	return strings.Repeat(" ", pad) + s
}

func amount(c int) string {
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

func line(b *strings.Builder, left string, cents int) {
	fmt.Fprintf(b, "%-*s%10s\n", width-10, left, amount(cents))
}

func (r Receipt) Render(paid int) string {
	var b strings.Builder
	b.WriteString(center(strings.ToUpper(r.Store)) + "\n")
	b.WriteString(strings.Repeat("*", width) + "\n")
	subtotal := 0
	for _, it := range r.Items {
		total := it.Qty * it.Price
		subtotal += total
		name := it.Name
		if len(name) > 16 {
			name = name[:15] + "~"
		}
		line(&b, fmt.Sprintf("%-16s %2d@%s", name, it.Qty, amount(it.Price)), total)
	}
	b.WriteString(strings.Repeat("-", width) + "\n")
	line(&b, "SUBTOTAL", subtotal)

	codes := make([]string, 0, len(r.Coupons))
	for code := range r.Coupons {
		codes = append(codes, code)
	}
	// simple insertion sort so coupons always print in the same order
	for i := 1; i < len(codes); i++ {
		for j := i; j > 0 && codes[j] < codes[j-1]; j-- {
			codes[j], codes[j-1] = codes[j-1], codes[j]
		}
	}
	discount := 0
	for _, code := range codes {
		d := r.Coupons[code]
		discount += d
		fmt.Fprintf(&b, "%-*s%10s\n", width-10, "  coupon "+code, "-"+amount(d))
	}
	taxable := subtotal - discount
	tax := (taxable*r.TaxBps + 5000) / 10000
	line(&b, fmt.Sprintf("TAX %d.%02d%%", r.TaxBps/100, r.TaxBps%100), tax)
	total := taxable + tax
	line(&b, "TOTAL", total)
	line(&b, "CASH", paid)
	line(&b, "CHANGE", paid-total)
	b.WriteString(strings.Repeat("*", width) + "\n")
	b.WriteString(center("thank you!") + "\n")
	return b.String()
}

func main() {
	r := Receipt{
		Store: "Corner Grocery",
		Items: []Item{
			{"Apples", 6, 45},
			{"Whole milk 2L", 1, 289},
			{"Sourdough bread loaf", 1, 450},
			{"Eggs dozen", 2, 379},
			{"Dark chocolate", 3, 199},
		},
		TaxBps:  725,
		Coupons: map[string]int{"MILK50": 50, "BREAD1": 100},
	}
	out := r.Render(3000)
	fmt.Print(out)
	fmt.Println(len(strings.Split(strings.TrimSpace(out), "\n")), "lines printed")
}
