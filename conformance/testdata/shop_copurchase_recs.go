package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type pair struct{ a, b string }

// CoPurchase counts how often two products appear in the same order.
type CoPurchase struct {
	counts     map[pair]int
	popularity map[string]int
}

func NewCoPurchase() *CoPurchase {
	return &CoPurchase{counts: map[pair]int{}, popularity: map[string]int{}}
}

func (c *CoPurchase) AddOrder(items []string) {
	uniq := slices.Clone(items)
	slices.Sort(uniq)
	uniq = slices.Compact(uniq)
	for i, x := range uniq {
		c.popularity[x]++
		for _, y := range uniq[i+1:] {
			c.counts[pair{x, y}]++
		}
	}
}

func (c *CoPurchase) together(x, y string) int {
	if x > y {
		x, y = y, x
	}
	return c.counts[pair{x, y}]
}

type Rec struct {
	Product string
	Score   int
}

// Recommend returns products often bought together with all items in the basket,
// excluding what is already there.
func (c *CoPurchase) Recommend(basket []string, n int) []Rec {
	var recs []Rec
	for p := range c.popularity {
		if slices.Contains(basket, p) {
			continue
		}
		score := 0
		for _, b := range basket {
			score += c.together(p, b)
		}
		if score > 0 {
			recs = append(recs, Rec{p, score})
		}
	}
	slices.SortFunc(recs, func(x, y Rec) int {
		return cmp.Or(
			cmp.Compare(y.Score, x.Score),
			cmp.Compare(c.popularity[y.Product], c.popularity[x.Product]),
			strings.Compare(x.Product, y.Product),
		)
	})
	if len(recs) > n {
		recs = recs[:n]
	}
	return recs
}

func main() {
	orders := [][]string{
		{"pasta", "tomato sauce", "parmesan"},
		{"pasta", "tomato sauce", "basil"},
		{"pasta", "parmesan", "red wine"},
		{"bread", "butter", "jam"},
		{"bread", "butter"},
		{"coffee", "milk", "bread"},
		{"coffee", "milk", "sugar"},
		{"pasta", "tomato sauce", "tomato sauce"},
		{"red wine", "parmesan", "bread"},
		{"milk", "cereal"},
		{"coffee", "sugar"},
	}

	cp := NewCoPurchase()
	for _, o := range orders {
		cp.AddOrder(o)
	}

	baskets := [][]string{
		{"pasta"},
		{"bread"},
		{"coffee", "milk"},
		{"parmesan", "red wine"},
		{"toothpaste"},
	}
	for _, b := range baskets {
		recs := cp.Recommend(b, 3)
		fmt.Printf("basket %v\n", b)
		if len(recs) == 0 {
			fmt.Println("  (no recommendations yet)")
			continue
		}
		for _, r := range recs {
			fmt.Printf("  -> %-13s score %d\n", r.Product, r.Score)
		}
	}
}
