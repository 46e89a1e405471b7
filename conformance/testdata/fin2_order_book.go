package main

import (
	"fmt"
	"sort"
)

type Side int

const (
	Buy Side = iota
	Sell
)

func (s Side) String() string {
	if s == Buy {
		return "BUY"
	}
	return "SELL"
}

type Order struct {
	ID    int
	Side  Side
	Price int64 // cents
	Qty   int
}

type Trade struct {
	BuyID, SellID int
	Price         int64
	Qty           int
}

type Book struct {
	bids, asks []*Order
	trades     []Trade
}

func (b *Book) sortBooks() {
	sort.SliceStable(b.bids, func(i, j int) bool { return b.bids[i].Price > b.bids[j].Price })
	sort.SliceStable(b.asks, func(i, j int) bool { return b.asks[i].Price < b.asks[j].Price })
}

func (b *Book) Submit(o Order) {
	in := &o
	opp := &b.asks
	crosses := func(rest *Order) bool { return in.Price >= rest.Price }
	if o.Side == Sell {
		opp = &b.bids
		crosses = func(rest *Order) bool { return in.Price <= rest.Price }
	}
	for in.Qty > 0 && len(*opp) > 0 && crosses((*opp)[0]) {
		rest := (*opp)[0]
		q := min(in.Qty, rest.Qty)
		t := Trade{Price: rest.Price, Qty: q}
		if in.Side == Buy {
			t.BuyID, t.SellID = in.ID, rest.ID
		} else {
			t.BuyID, t.SellID = rest.ID, in.ID
		}
		b.trades = append(b.trades, t)
		in.Qty -= q
		rest.Qty -= q
		if rest.Qty == 0 {
			*opp = (*opp)[1:]
		}
	}
	if in.Qty > 0 {
		if in.Side == Buy {
			b.bids = append(b.bids, in)
		} else {
			b.asks = append(b.asks, in)
		}
		b.sortBooks()
	}
}

func px(c int64) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func main() {
	var b Book
	orders := []Order{
		{1, Sell, 10100, 50}, {2, Sell, 10050, 30}, {3, Buy, 9950, 40},
		{4, Buy, 10000, 20}, {5, Sell, 10050, 25}, {6, Buy, 10075, 45},
		{7, Sell, 9900, 70}, {8, Buy, 10200, 60},
	}
	for _, o := range orders {
		before := len(b.trades)
		b.Submit(o)
		fmt.Printf("#%d %-4v %3d @ %s -> %d fills\n", o.ID, o.Side, o.Qty, px(o.Price), len(b.trades)-before)
	}
	fmt.Println("trades:")
	var volume int
	var notional int64
	for _, t := range b.trades {
		fmt.Printf("  buy#%d sell#%d %3d @ %s\n", t.BuyID, t.SellID, t.Qty, px(t.Price))
		volume += t.Qty
		notional += int64(t.Qty) * t.Price
	}
	if volume > 0 {
		fmt.Printf("volume %d vwap %s\n", volume, px(notional/int64(volume)))
	}
	for _, o := range b.bids {
		fmt.Printf("bid #%d %d @ %s\n", o.ID, o.Qty, px(o.Price))
	}
	for _, o := range b.asks {
		fmt.Printf("ask #%d %d @ %s\n", o.ID, o.Qty, px(o.Price))
	}
}
