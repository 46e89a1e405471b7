package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Product struct {
	ID       int
	Name     string
	Category string
	Price    int // cents
	Rating   float64
	InStock  bool
	Tags     []string
}

type Filter func(Product) bool

func InCategory(cat string) Filter {
	return func(p Product) bool { return strings.EqualFold(p.Category, cat) }
}

func PriceBetween(lo, hi int) Filter {
	return func(p Product) bool { return p.Price >= lo && p.Price <= hi }
}

func MinRating(r float64) Filter {
	return func(p Product) bool { return p.Rating >= r }
}

func OnlyInStock(p Product) bool { return p.InStock }

func NameContains(q string) Filter {
	q = strings.ToLower(q)
	return func(p Product) bool {
		if strings.Contains(strings.ToLower(p.Name), q) {
			return true
		}
		return slices.Contains(p.Tags, q)
	}
}

func Search(items []Product, filters ...Filter) []Product {
	var out []Product
outer:
	for _, p := range items {
		for _, f := range filters {
			if !f(p) {
				continue outer
			}
		}
		out = append(out, p)
	}
	return out
}

func show(title string, ps []Product) {
	fmt.Printf("%s (%d)\n", title, len(ps))
	for _, p := range ps {
		fmt.Printf("  #%-3d %-24s %-11s $%3d.%02d  %.1f\n", p.ID, p.Name, p.Category, p.Price/100, p.Price%100, p.Rating)
	}
}

func main() {
	catalog := []Product{
		{1, "Trail Running Shoes", "Footwear", 8999, 4.5, true, []string{"running", "outdoor"}},
		{2, "Wool Hiking Socks", "Apparel", 1499, 4.8, true, []string{"outdoor", "hiking"}},
		{3, "Ultralight Tent", "Camping", 24900, 4.2, false, []string{"outdoor", "hiking"}},
		{4, "Road Running Shoes", "Footwear", 11999, 3.9, true, []string{"running"}},
		{5, "Insulated Bottle", "Camping", 2499, 4.6, true, []string{"hydration"}},
		{6, "Rain Shell Jacket", "Apparel", 13900, 4.1, true, []string{"outdoor"}},
		{7, "Headlamp 300lm", "Camping", 3450, 4.7, true, []string{"hiking", "night"}},
		{8, "Running Shorts", "Apparel", 2999, 4.3, false, []string{"running"}},
	}

	show("running gear", Search(catalog, NameContains("running")))
	show("camping, in stock, 4.5+", Search(catalog, InCategory("camping"), OnlyInStock, MinRating(4.5)))
	show("under $50", Search(catalog, PriceBetween(0, 5000)))

	hiking := Search(catalog, NameContains("hiking"))
	slices.SortFunc(hiking, func(a, b Product) int { return cmp.Compare(a.Price, b.Price) })
	show("hiking by price", hiking)

	best := slices.Clone(catalog)
	slices.SortStableFunc(best, func(a, b Product) int {
		return cmp.Or(cmp.Compare(b.Rating, a.Rating), cmp.Compare(a.Name, b.Name))
	})
	show("top 3 rated", best[:3])

	show("nothing matches", Search(catalog, InCategory("Garden")))
}
