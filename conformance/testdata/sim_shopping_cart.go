package main

import (
	"fmt"
	"strings"
)

type LineItem struct {
	Name, Category string
	Price          float64
	Qty            int
}

func (l LineItem) Subtotal() float64 { return l.Price * float64(l.Qty) }

type Cart struct{ Items []LineItem }

func (c *Cart) Add(name, cat string, price float64, qty int) *Cart {
	c.Items = append(c.Items, LineItem{name, cat, price, qty})
	return c
}

func (c Cart) Total() float64 {
	t := 0.0
	for _, it := range c.Items {
		t += it.Subtotal()
	}
	return t
}

type Discount interface {
	Apply(c Cart) float64
	fmt.Stringer
}

type PercentOff struct{ Percent float64 }

func (p PercentOff) Apply(c Cart) float64 { return c.Total() * p.Percent / 100 }
func (p PercentOff) String() string       { return fmt.Sprintf("%.0f%% off everything", p.Percent) }

type BuyNGetOne struct {
	Item string
	N    int // buy N, get the next one free
}

func (b BuyNGetOne) Apply(c Cart) float64 {
	for _, it := range c.Items {
		if it.Name == b.Item {
			return float64(it.Qty/(b.N+1)) * it.Price
		}
	}
	return 0
}
func (b BuyNGetOne) String() string { return fmt.Sprintf("buy %d %s get 1 free", b.N, b.Item) }

type CategoryCoupon struct {
	Category        string
	Amount, Minimum float64
}

func (cc CategoryCoupon) Apply(c Cart) float64 {
	spent := 0.0
	for _, it := range c.Items {
		if it.Category == cc.Category {
			spent += it.Subtotal()
		}
	}
	if spent >= cc.Minimum {
		return cc.Amount
	}
	return 0
}
func (cc CategoryCoupon) String() string {
	return fmt.Sprintf("$%.2f off %s over $%.2f", cc.Amount, cc.Category, cc.Minimum)
}

func main() {
	cart := new(Cart).Add("apple", "fruit", 0.40, 7).Add("bread", "bakery", 2.50, 2).
		Add("cheese", "dairy", 6.75, 1).Add("milk", "dairy", 1.20, 3)

	fmt.Println(strings.Repeat("-", 34))
	for _, it := range cart.Items {
		fmt.Printf("%-8s %-7s %2d x %5.2f = %6.2f\n", it.Name, it.Category, it.Qty, it.Price, it.Subtotal())
	}
	fmt.Println(strings.Repeat("-", 34))
	total := cart.Total()
	fmt.Printf("%-25s %8.2f\n", "subtotal", total)
	discounts := []Discount{BuyNGetOne{"apple", 2}, CategoryCoupon{"dairy", 2, 10},
		CategoryCoupon{"bakery", 1, 10}, PercentOff{5}}
	best, bestAmt := Discount(nil), 0.0
	for _, d := range discounts {
		amt := d.Apply(*cart)
		fmt.Printf("  %-30v -%5.2f  (%T)\n", d, amt, d)
		if amt > bestAmt {
			best, bestAmt = d, amt
		}
	}
	fmt.Printf("best single discount: %v\n", best)
	fmt.Printf("%-25s %8.2f\n", "to pay", total-bestAmt)
}
