package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Txn struct {
	Date     string
	Merchant string
	Category string
	Cents    int
}

func show(title string, ts []Txn) {
	fmt.Println(title)
	for _, t := range ts {
		fmt.Printf("  %s %-12s %-10s %8.2f\n", t.Date, t.Merchant, t.Category, float64(t.Cents)/100)
	}
}

type byAmountDesc []Txn

func (a byAmountDesc) Len() int           { return len(a) }
func (a byAmountDesc) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAmountDesc) Less(i, j int) bool { return a[i].Cents > a[j].Cents }

func main() {
	txns := []Txn{
		{"2024-05-03", "FreshMart", "groceries", 5420},
		{"2024-05-01", "CityPower", "utilities", 8900},
		{"2024-05-03", "BeanBar", "dining", 450},
		{"2024-05-02", "FreshMart", "groceries", 3115},
		{"2024-05-05", "MetroCard", "transport", 3000},
		{"2024-05-01", "BeanBar", "dining", 450},
		{"2024-05-04", "PizzaPlace", "dining", 2275},
		{"2024-05-02", "MetroCard", "transport", 3000},
	}

	byCat := slices.Clone(txns)
	slices.SortFunc(byCat, func(a, b Txn) int {
		return cmp.Or(
			cmp.Compare(a.Category, b.Category),
			cmp.Compare(b.Cents, a.Cents), // larger first
			strings.Compare(a.Date, b.Date),
		)
	})
	show("by category, then amount (desc), then date:", byCat)

	big := slices.Clone(txns)
	sort.Stable(byAmountDesc(big))
	show("stable sort by amount desc (ties keep input order):", big[:5])

	byDate := slices.Clone(txns)
	slices.SortStableFunc(byDate, func(a, b Txn) int { return strings.Compare(a.Date, b.Date) })
	show("by date:", byDate)

	merchants := make([]string, 0, len(txns))
	for _, t := range txns {
		merchants = append(merchants, t.Merchant)
	}
	slices.Sort(merchants)
	merchants = slices.Compact(merchants)
	fmt.Println("merchants:", merchants)

	i, found := slices.BinarySearch(merchants, "MetroCard")
	fmt.Println("MetroCard at index", i, found)
	i, found = slices.BinarySearch(merchants, "Grocer")
	fmt.Println("Grocer would go at index", i, found)

	amounts := []int{}
	for _, t := range txns {
		amounts = append(amounts, t.Cents)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(amounts)))
	fmt.Println("amounts high to low:", amounts)
	fmt.Println("sorted?", sort.IntsAreSorted(amounts), slices.IsSortedFunc(amounts, func(a, b int) int { return b - a }))
}
