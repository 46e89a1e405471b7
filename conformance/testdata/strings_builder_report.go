package main

import (
	"fmt"
	"strings"
)

type Line struct {
	Item  string
	Qty   int
	Price float64
}

func render(lines []Line) string {
	var b strings.Builder
	b.Grow(64)
	fmt.Fprintf(&b, "%-10s %4s %8s\n", "ITEM", "QTY", "TOTAL")
	b.WriteString(strings.Repeat("=", 24))
	b.WriteByte('\n')
	sum := 0.0
	for _, l := range lines {
		t := float64(l.Qty) * l.Price
		sum += t
		fmt.Fprintf(&b, "%-10s %4d %8.2f\n", l.Item, l.Qty, t)
	}
	b.WriteString(strings.Repeat("-", 24) + "\n")
	fmt.Fprintf(&b, "%-15s %8.2f", "SUM", sum)
	return b.String()
}

func main() {
	out := render([]Line{{"apple", 3, 0.5}, {"melon", 1, 3.25}, {"fig", 12, 0.2}})
	fmt.Println(out)
	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprint(&b, i, "...")
	}
	b.WriteRune('🚀')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	words := []string{"alpha", "beta", "gamma"}
	var sb strings.Builder
	for i, w := range words {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	fmt.Println(sb.String())
}
