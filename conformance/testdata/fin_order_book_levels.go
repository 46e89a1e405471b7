package main

import (
	"fmt"
	"sort"
)

type Side int

const (
	Bid Side = iota
	Ask
)

func (s Side) String() string {
	if s == Bid {
		return "BID"
	}
	return "ASK"
}

type Level struct {
	Price int64 // in ticks (cents)
	Qty   int64
	Count int
}

// Book keeps price levels sorted: bids descending, asks ascending.
type Book struct {
	Symbol string
	bids   []Level
	asks   []Level
}

func (b *Book) side(s Side) *[]Level {
	if s == Bid {
		return &b.bids
	}
	return &b.asks
}

func better(s Side, a, c int64) bool {
	if s == Bid {
		return a > c
	}
	return a < c
}

func (b *Book) Add(s Side, price, qty int64) {
	lv := b.side(s)
	i := sort.Search(len(*lv), func(i int) bool { return !better(s, (*lv)[i].Price, price) })
	if i < len(*lv) && (*lv)[i].Price == price {
		(*lv)[i].Qty += qty
		(*lv)[i].Count++
		return
	}
	*lv = append(*lv, Level{})
	copy((*lv)[i+1:], (*lv)[i:])
	(*lv)[i] = Level{Price: price, Qty: qty, Count: 1}
}

func (b *Book) Reduce(s Side, price, qty int64) error {
	lv := b.side(s)
	for i := range *lv {
		if (*lv)[i].Price != price {
			continue
		}
		if (*lv)[i].Qty < qty {
			return fmt.Errorf("reduce %v %d@%s: only %d available", s, qty, px(price), (*lv)[i].Qty)
		}
		(*lv)[i].Qty -= qty
		(*lv)[i].Count--
		if (*lv)[i].Qty == 0 {
			*lv = append((*lv)[:i], (*lv)[i+1:]...)
		}
		return nil
	}
	return fmt.Errorf("reduce %v: no level at %s", s, px(price))
}

func px(p int64) string { return fmt.Sprintf("%d.%02d", p/100, p%100) }

func (b *Book) Spread() (int64, bool) {
	if len(b.bids) == 0 || len(b.asks) == 0 {
		return 0, false
	}
	return b.asks[0].Price - b.bids[0].Price, true
}

func (b *Book) Print(depth int) {
	fmt.Printf("=== %s ===\n", b.Symbol)
	n := min(depth, len(b.asks))
	for i := n - 1; i >= 0; i-- {
		l := b.asks[i]
		fmt.Printf("          | %8s %6d (%d)\n", px(l.Price), l.Qty, l.Count)
	}
	fmt.Println("  --------+-----------------")
	for i := 0; i < min(depth, len(b.bids)); i++ {
		l := b.bids[i]
		fmt.Printf("(%d) %6d %8s |\n", l.Count, l.Qty, px(l.Price))
	}
	if s, ok := b.Spread(); ok {
		mid := float64(b.asks[0].Price+b.bids[0].Price) / 200
		fmt.Printf("spread=%s mid=%.3f\n", px(s), mid)
	}
}

func main() {
	b := &Book{Symbol: "ACME"}
	orders := []struct {
		s     Side
		price int64
		qty   int64
	}{
		{Bid, 10010, 300}, {Bid, 10005, 200}, {Ask, 10020, 150},
		{Ask, 10025, 500}, {Bid, 10010, 100}, {Ask, 10015, 250},
		{Bid, 9990, 1000}, {Ask, 10020, 50}, {Bid, 10000, 400},
		{Ask, 10040, 75},
	}
	for _, o := range orders {
		b.Add(o.s, o.price, o.qty)
	}
	b.Print(3)

	for _, r := range []struct {
		s     Side
		price int64
		qty   int64
	}{{Ask, 10015, 250}, {Bid, 10010, 500}, {Bid, 10007, 1}, {Bid, 10010, 400}} {
		if err := b.Reduce(r.s, r.price, r.qty); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Printf("reduced %v %d@%s\n", r.s, r.qty, px(r.price))
		}
	}
	b.Print(5)

	var bidQty, askQty int64
	for _, l := range b.bids {
		bidQty += l.Qty
	}
	for _, l := range b.asks {
		askQty += l.Qty
	}
	fmt.Printf("total bid qty=%d ask qty=%d imbalance=%.4f\n",
		bidQty, askQty, float64(bidQty-askQty)/float64(bidQty+askQty))
}
