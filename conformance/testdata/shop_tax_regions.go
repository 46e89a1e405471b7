package main

import (
	"errors"
	"fmt"
	"slices"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

type Category string

const (
	General  Category = "general"
	Food     Category = "food"
	Books    Category = "books"
	Clothing Category = "clothing"
)

// Rates are in basis points: 825 means 8.25%.
type Region struct {
	Code       string
	BaseRate   int64
	Exceptions map[Category]int64
}

var ErrUnknownRegion = errors.New("unknown tax region")

var regions = map[string]Region{
	"CA": {Code: "CA", BaseRate: 725, Exceptions: map[Category]int64{Food: 0}},
	"NY": {Code: "NY", BaseRate: 400, Exceptions: map[Category]int64{Clothing: 0, Food: 0}},
	"OR": {Code: "OR", BaseRate: 0},
	"TX": {Code: "TX", BaseRate: 625, Exceptions: map[Category]int64{Food: 0, Books: 625}},
}

func (r Region) RateFor(c Category) int64 {
	if rate, ok := r.Exceptions[c]; ok {
		return rate
	}
	return r.BaseRate
}

// taxOn rounds half up to the nearest cent.
func taxOn(amount Cents, bp int64) Cents {
	return (amount*Cents(bp) + 5000) / 10000
}

type Item struct {
	Name     string
	Category Category
	Price    Cents
}

func TaxFor(regionCode string, items []Item) (Cents, map[Category]Cents, error) {
	r, ok := regions[regionCode]
	if !ok {
		return 0, nil, fmt.Errorf("region %q: %w", regionCode, ErrUnknownRegion)
	}
	byCat := map[Category]Cents{}
	var total Cents
	for _, it := range items {
		t := taxOn(it.Price, r.RateFor(it.Category))
		byCat[it.Category] += t
		total += t
	}
	return total, byCat, nil
}

func main() {
	basket := []Item{
		{"Laptop sleeve", General, 2999},
		{"Organic coffee", Food, 1450},
		{"Go textbook", Books, 4200},
		{"Rain jacket", Clothing, 8900},
		{"USB cable", General, 799},
	}
	var subtotal Cents
	for _, it := range basket {
		subtotal += it.Price
	}
	fmt.Println("basket subtotal:", subtotal)

	for _, code := range []string{"CA", "NY", "OR", "TX", "ZZ"} {
		tax, byCat, err := TaxFor(code, basket)
		if errors.Is(err, ErrUnknownRegion) {
			fmt.Println("skipping:", err)
			continue
		}
		fmt.Printf("%s  tax %7s  total %7s\n", code, tax, subtotal+tax)
		cats := make([]Category, 0, len(byCat))
		for c := range byCat {
			cats = append(cats, c)
		}
		slices.Sort(cats)
		for _, c := range cats {
			if byCat[c] > 0 {
				fmt.Printf("      %-9s %6s\n", c, byCat[c])
			}
		}
	}
}
