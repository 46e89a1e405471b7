package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Category string

type Txn struct {
	When   time.Time
	Cat    Category
	Amount Cents
	Memo   string
}

type Budget struct {
	limits map[Category]Cents
	txns   []Txn
}

var ErrUnknownCategory = errors.New("unknown category")

type OverBudget struct {
	Cat   Category
	Month time.Month
	Over  Cents
}

func (o OverBudget) Error() string {
	return fmt.Sprintf("%s over budget in %s by %v", o.Cat, o.Month, o.Over)
}

func (b *Budget) Record(t Txn) error {
	limit, ok := b.limits[t.Cat]
	if !ok {
		return fmt.Errorf("record %q: %w %q", t.Memo, ErrUnknownCategory, t.Cat)
	}
	b.txns = append(b.txns, t)
	spent := b.Total(func(x Txn) bool {
		return x.Cat == t.Cat && x.When.Month() == t.When.Month() && x.When.Year() == t.When.Year()
	})
	if spent > limit {
		return OverBudget{t.Cat, t.When.Month(), spent - limit}
	}
	return nil
}

func (b *Budget) Total(keep func(Txn) bool) Cents {
	var sum Cents
	for _, t := range b.txns {
		if keep(t) {
			sum += t.Amount
		}
	}
	return sum
}

type monthKey struct {
	Year  int
	Month time.Month
}

func (b *Budget) Monthly() map[monthKey]map[Category]Cents {
	out := map[monthKey]map[Category]Cents{}
	for _, t := range b.txns {
		k := monthKey{t.When.Year(), t.When.Month()}
		if out[k] == nil {
			out[k] = map[Category]Cents{}
		}
		out[k][t.Cat] += t.Amount
	}
	return out
}

func main() {
	b := &Budget{limits: map[Category]Cents{"food": 30000, "rent": 120000, "fun": 5000}}
	day := func(m time.Month, d int) time.Time { return time.Date(2024, m, d, 12, 0, 0, 0, time.UTC) }
	txns := []Txn{
		{day(1, 1), "rent", 120000, "january rent"},
		{day(1, 3), "food", 8450, "groceries"},
		{day(1, 9), "fun", 4200, "concert"},
		{day(1, 15), "fun", 1999, "game"},
		{day(1, 20), "food", 12000, "groceries"},
		{day(2, 1), "rent", 120000, "february rent"},
		{day(2, 2), "travel", 50000, "flight"},
		{day(2, 14), "food", 23500, "dinner + groceries"},
		{day(2, 28), "food", 9999, "groceries"},
	}
	for _, t := range txns {
		err := b.Record(t)
		var ob OverBudget
		switch {
		case errors.As(err, &ob):
			fmt.Printf("WARN  %s: %v\n", t.When.Format("Jan 02"), ob)
		case errors.Is(err, ErrUnknownCategory):
			fmt.Printf("SKIP  %v\n", err)
		default:
			fmt.Printf("OK    %s %-6s %10v %s\n", t.When.Format("Jan 02"), t.Cat, t.Amount, t.Memo)
		}
	}
	monthly := b.Monthly()
	keys := slices.SortedFunc(maps.Keys(monthly), func(a, b monthKey) int { return int(a.Month) - int(b.Month) + (a.Year-b.Year)*12 })
	for _, k := range keys {
		cats := monthly[k]
		var parts []string
		var total Cents
		for _, c := range slices.Sorted(maps.Keys(cats)) {
			parts = append(parts, fmt.Sprintf("%s=%v", c, cats[c]))
			total += cats[c]
		}
		fmt.Printf("%d-%02d total %v [%s]\n", k.Year, int(k.Month), total, strings.Join(parts, " "))
	}
	fmt.Println("all food:", b.Total(func(t Txn) bool { return t.Cat == "food" }))
	fmt.Println("refund:", Cents(-1234))
}
