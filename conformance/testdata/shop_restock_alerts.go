package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Urgency int

const (
	OK Urgency = iota
	Low
	Critical
	OutOfStock
)

func (u Urgency) String() string {
	switch u {
	case OK:
		return "ok"
	case Low:
		return "low"
	case Critical:
		return "CRITICAL"
	case OutOfStock:
		return "OUT"
	default:
		return "?"
	}
}

type StockItem struct {
	SKU          string
	OnHand       int
	SoldLast14   int // units sold in the last 14 days
	LeadTimeDays int // how long the supplier takes
	CaseSize     int // supplier ships in whole cases
}

func (s StockItem) DailyRate() float64 { return float64(s.SoldLast14) / 14 }

func (s StockItem) DaysOfCover() float64 {
	if s.SoldLast14 == 0 {
		return 999
	}
	return float64(s.OnHand) / s.DailyRate()
}

func (s StockItem) Urgency() Urgency {
	cover := s.DaysOfCover()
	switch {
	case s.OnHand == 0:
		return OutOfStock
	case cover < float64(s.LeadTimeDays):
		return Critical
	case cover < float64(s.LeadTimeDays)*2:
		return Low
	}
	return OK
}

// ReorderQty orders enough for lead time plus 30 days, rounded up to cases.
func (s StockItem) ReorderQty() int {
	target := int(s.DailyRate()*float64(s.LeadTimeDays+30) + 0.5)
	need := target - s.OnHand
	if need <= 0 {
		return 0
	}
	cases := (need + s.CaseSize - 1) / s.CaseSize
	return cases * s.CaseSize
}

func main() {
	items := []StockItem{
		{"TEA-EARL", 40, 28, 7, 12},
		{"TEA-MINT", 5, 21, 10, 12},
		{"CUP-BLUE", 0, 9, 14, 6},
		{"KETTLE", 12, 3, 21, 4},
		{"HONEY", 30, 35, 5, 24},
		{"INFUSER", 60, 0, 7, 10},
		{"TEAPOT", 4, 2, 30, 2},
	}

	slices.SortFunc(items, func(a, b StockItem) int {
		return cmp.Or(
			cmp.Compare(b.Urgency(), a.Urgency()),
			cmp.Compare(a.DaysOfCover(), b.DaysOfCover()),
			cmp.Compare(a.SKU, b.SKU),
		)
	})

	fmt.Printf("%-9s %6s %7s %6s %-9s %s\n", "SKU", "onhand", "per/day", "cover", "status", "reorder")
	count := map[Urgency]int{}
	totalUnits := 0
	for _, it := range items {
		u := it.Urgency()
		count[u]++
		cover := fmt.Sprintf("%.1fd", it.DaysOfCover())
		if it.SoldLast14 == 0 {
			cover = "-"
		}
		q := 0
		if u != OK {
			q = it.ReorderQty()
			totalUnits += q
		}
		fmt.Printf("%-9s %6d %7.2f %6s %-9v %d\n", it.SKU, it.OnHand, it.DailyRate(), cover, u, q)
	}
	fmt.Println()
	for u := OutOfStock; u >= OK; u-- {
		fmt.Printf("%-9v %d item(s)\n", u, count[u])
	}
	fmt.Println("units to order:", totalUnits)
}
