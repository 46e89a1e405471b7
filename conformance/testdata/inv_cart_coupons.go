package main

import (
	"errors"
	"fmt"
	"strings"
)

type Line struct {
	SKU      string
	Category string
	Price    float64
	Qty      int
}

type Cart struct{ Lines []Line }

func (c Cart) Subtotal() float64 {
	t := 0.0
	for _, l := range c.Lines {
		t += l.Price * float64(l.Qty)
	}
	return t
}

type Discount interface {
	Apply(c Cart) (float64, error)
	fmt.Stringer
}

type coupon struct {
	Code     string
	MinSpend float64
}

var ErrMinSpend = errors.New("minimum spend not reached")

func (cp coupon) check(c Cart) error {
	if c.Subtotal() < cp.MinSpend {
		return fmt.Errorf("coupon %s needs %.2f, cart is %.2f: %w", cp.Code, cp.MinSpend, c.Subtotal(), ErrMinSpend)
	}
	return nil
}

type PercentOff struct {
	coupon
	Pct float64
}

func (p PercentOff) Apply(c Cart) (float64, error) {
	if err := p.check(c); err != nil {
		return 0, err
	}
	return c.Subtotal() * p.Pct / 100, nil
}
func (p PercentOff) String() string { return fmt.Sprintf("%s(%g%% off)", p.Code, p.Pct) }

type CategoryDeal struct {
	coupon
	Category string
	BuyN     int // buy N, cheapest one free
}

func (d CategoryDeal) Apply(c Cart) (float64, error) {
	if err := d.check(c); err != nil {
		return 0, err
	}
	count, cheapest := 0, -1.0
	for _, l := range c.Lines {
		if l.Category != d.Category {
			continue
		}
		count += l.Qty
		if cheapest < 0 || l.Price < cheapest {
			cheapest = l.Price
		}
	}
	return float64(count/d.BuyN) * max(cheapest, 0), nil
}
func (d CategoryDeal) String() string {
	return fmt.Sprintf("%s(buy %d %s, one free)", d.Code, d.BuyN, d.Category)
}

func main() {
	cart := Cart{Lines: []Line{
		{"TEE-S", "shirts", 15.00, 2},
		{"TEE-L", "shirts", 17.50, 1},
		{"CAP", "hats", 12.00, 1},
		{"SOCK3", "socks", 8.99, 3},
	}}
	discounts := []Discount{
		PercentOff{coupon{"SPRING10", 50}, 10},
		CategoryDeal{coupon{"3SHIRTS", 0}, "shirts", 3},
		PercentOff{coupon{"BIG20", 100}, 20},
		PercentOff{coupon{"VIP25", 200}, 25},
	}
	fmt.Printf("subtotal: %8.2f\n", cart.Subtotal())
	best, bestName := 0.0, "none"
	for _, d := range discounts {
		amt, err := d.Apply(cart)
		if errors.Is(err, ErrMinSpend) {
			fmt.Printf("  %-32v skipped: %v\n", d, err)
			continue
		}
		fmt.Printf("  %-32v saves %6.2f  (%T)\n", d, amt, d)
		if amt > best {
			best, bestName = amt, d.String()
		}
	}
	fmt.Printf("best single discount: %s -> pay %.2f\n", bestName, cart.Subtotal()-best)
	fmt.Println("discounts:", discounts)
	fmt.Printf("%+v\n", discounts[1])
	fmt.Println(strings.Repeat("-", 40))
	cart.Lines = cart.Lines[:2]
	for _, d := range discounts[:2] {
		amt, err := d.Apply(cart)
		fmt.Printf("small cart %v: %.2f err=%v\n", d, amt, err)
	}
}
