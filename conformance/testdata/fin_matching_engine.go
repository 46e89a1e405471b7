package main

import (
	"container/heap"
	"fmt"
)

type Side uint8

const (
	Buy Side = iota + 1
	Sell
)

func (s Side) String() string {
	switch s {
	case Buy:
		return "BUY"
	case Sell:
		return "SELL"
	}
	return fmt.Sprintf("Side(%d)", uint8(s))
}

type Order struct {
	ID    int
	Side  Side
	Price int64
	Qty   int64
	Seq   int
}

type Trade struct {
	BuyID, SellID int
	Price, Qty    int64
}

// orderHeap implements price-time priority. For buys higher price first,
// for sells lower price first; ties broken by arrival sequence.
type orderHeap struct {
	orders []*Order
	buy    bool
}

func (h orderHeap) Len() int { return len(h.orders) }
func (h orderHeap) Less(i, j int) bool {
	a, b := h.orders[i], h.orders[j]
	if a.Price != b.Price {
		if h.buy {
			return a.Price > b.Price
		}
		return a.Price < b.Price
	}
	return a.Seq < b.Seq
}
func (h orderHeap) Swap(i, j int) { h.orders[i], h.orders[j] = h.orders[j], h.orders[i] }
func (h *orderHeap) Push(x any)   { h.orders = append(h.orders, x.(*Order)) }
func (h *orderHeap) Pop() any {
	old := h.orders
	n := len(old)
	o := old[n-1]
	h.orders = old[:n-1]
	return o
}

type Engine struct {
	bids, asks *orderHeap
	seq        int
	trades     []Trade
}

func NewEngine() *Engine {
	return &Engine{bids: &orderHeap{buy: true}, asks: &orderHeap{}}
}

func (e *Engine) Submit(o Order) []Trade {
	e.seq++
	o.Seq = e.seq
	var book, opp *orderHeap
	if o.Side == Buy {
		book, opp = e.bids, e.asks
	} else {
		book, opp = e.asks, e.bids
	}
	var fills []Trade
	for o.Qty > 0 && opp.Len() > 0 {
		top := opp.orders[0]
		crosses := (o.Side == Buy && o.Price >= top.Price) || (o.Side == Sell && o.Price <= top.Price)
		if !crosses {
			break
		}
		q := min(o.Qty, top.Qty)
		t := Trade{Price: top.Price, Qty: q}
		if o.Side == Buy {
			t.BuyID, t.SellID = o.ID, top.ID
		} else {
			t.BuyID, t.SellID = top.ID, o.ID
		}
		fills = append(fills, t)
		o.Qty -= q
		top.Qty -= q
		if top.Qty == 0 {
			heap.Pop(opp)
		}
	}
	if o.Qty > 0 {
		heap.Push(book, &o)
	}
	e.trades = append(e.trades, fills...)
	return fills
}

func price(p int64) string { return fmt.Sprintf("%d.%02d", p/100, p%100) }

func main() {
	e := NewEngine()
	input := []Order{
		{ID: 1, Side: Sell, Price: 10100, Qty: 100},
		{ID: 2, Side: Sell, Price: 10050, Qty: 200},
		{ID: 3, Side: Buy, Price: 9990, Qty: 150},
		{ID: 4, Side: Sell, Price: 10050, Qty: 50},
		{ID: 5, Side: Buy, Price: 10060, Qty: 220},
		{ID: 6, Side: Buy, Price: 10000, Qty: 80},
		{ID: 7, Side: Sell, Price: 9980, Qty: 300},
		{ID: 8, Side: Buy, Price: 10200, Qty: 400},
	}
	for _, o := range input {
		fills := e.Submit(o)
		fmt.Printf("order %d %-4v %d@%s -> %d fill(s)\n", o.ID, o.Side, o.Qty, price(o.Price), len(fills))
		for _, f := range fills {
			fmt.Printf("    trade buy=%d sell=%d %d@%s\n", f.BuyID, f.SellID, f.Qty, price(f.Price))
		}
	}
	var vol, notional int64
	for _, t := range e.trades {
		vol += t.Qty
		notional += t.Qty * t.Price
	}
	fmt.Printf("trades=%d volume=%d vwap=%.4f\n", len(e.trades), vol, float64(notional)/float64(vol)/100)
	fmt.Println("resting bids:")
	for e.bids.Len() > 0 {
		o := heap.Pop(e.bids).(*Order)
		fmt.Printf("  #%d %d@%s\n", o.ID, o.Qty, price(o.Price))
	}
	fmt.Println("resting asks:")
	for e.asks.Len() > 0 {
		o := heap.Pop(e.asks).(*Order)
		fmt.Printf("  #%d %d@%s\n", o.ID, o.Qty, price(o.Price))
	}
}
