package main

import (
	"fmt"
	"strings"
)

type Method int

const (
	StraightLine Method = iota
	DecliningBalance
	SumOfYears
)

func (m Method) String() string {
	switch m {
	case StraightLine:
		return "straight-line"
	case DecliningBalance:
		return "double-declining"
	case SumOfYears:
		return "sum-of-years"
	default:
		return "unknown"
	}
}

type Asset struct {
	Name    string
	Cost    int64 // cents
	Salvage int64
	Life    int
}

func (a Asset) Schedule(m Method) (dep []int64) {
	base := a.Cost - a.Salvage
	book := a.Cost
	syd := int64(a.Life * (a.Life + 1) / 2)
	for y := 1; y <= a.Life; y++ {
		var d int64
		switch m {
		case StraightLine:
			d = base / int64(a.Life)
		case DecliningBalance:
			d = book * 2 / int64(a.Life)
			if book-d < a.Salvage {
				d = book - a.Salvage
			}
		case SumOfYears:
			d = base * int64(a.Life-y+1) / syd
		}
		if y == a.Life { // absorb rounding in the final year
			d = book - a.Salvage
		}
		book -= d
		dep = append(dep, d)
	}
	return dep
}

func c(v int64) string { return fmt.Sprintf("%d.%02d", v/100, v%100) }

func main() {
	assets := []Asset{
		{"Delivery van", 3450000, 450000, 5},
		{"Laptop", 189999, 10000, 3},
	}
	for _, a := range assets {
		fmt.Printf("%s: cost %s salvage %s life %dy\n", a.Name, c(a.Cost), c(a.Salvage), a.Life)
		for m := StraightLine; m <= SumOfYears; m++ {
			sched := a.Schedule(m)
			parts := make([]string, len(sched))
			var total int64
			for i, d := range sched {
				parts[i] = c(d)
				total += d
			}
			fmt.Printf("  %-17s %s | total %s\n", m, strings.Join(parts, " "), c(total))
		}
	}
	van := assets[0]
	book := van.Cost
	for y, d := range van.Schedule(DecliningBalance) {
		book -= d
		fmt.Printf("van year %d book value %s\n", y+1, c(book))
	}
	fmt.Println(Method(9))
}
