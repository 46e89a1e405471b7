package main

import (
	"fmt"
	"strings"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Cart struct {
	Items map[string]int // sku -> qty
	Price map[string]Cents
	Order []string
}

func (c Cart) Subtotal() (total Cents) {
	for _, sku := range c.Order {
		total += Cents(c.Items[sku]) * c.Price[sku]
	}
	return
}

type Discount interface {
	Describe() string
	Apply(c Cart, running Cents) Cents // returns discount amount
}

type PercentOff struct{ Pct int64 }

func (p PercentOff) Describe() string { return fmt.Sprintf("%d%% off", p.Pct) }
func (p PercentOff) Apply(_ Cart, running Cents) Cents {
	return Cents((int64(running)*p.Pct + 50) / 100)
}

type BuyXGetY struct {
	SKU  string
	X, Y int
}

func (b BuyXGetY) Describe() string { return fmt.Sprintf("buy %d get %d free on %s", b.X, b.Y, b.SKU) }
func (b BuyXGetY) Apply(c Cart, _ Cents) Cents {
	qty := c.Items[b.SKU]
	free := qty / (b.X + b.Y) * b.Y
	return Cents(free) * c.Price[b.SKU]
}

type Threshold struct {
	Min, Off Cents
}

func (t Threshold) Describe() string { return fmt.Sprintf("%v off orders over %v", t.Off, t.Min) }
func (t Threshold) Apply(_ Cart, running Cents) Cents {
	if running >= t.Min {
		return t.Off
	}
	return 0
}

// FuncDiscount adapts a closure to the Discount interface.
type FuncDiscount struct {
	Name string
	Fn   func(Cart, Cents) Cents
}

func (f FuncDiscount) Describe() string                  { return f.Name }
func (f FuncDiscount) Apply(c Cart, running Cents) Cents { return f.Fn(c, running) }

func checkout(c Cart, ds []Discount) Cents {
	running := c.Subtotal()
	fmt.Printf("  subtotal %v\n", running)
	for _, d := range ds {
		off := min(d.Apply(c, running), running)
		running -= off
		fmt.Printf("  %-34s -%-8v = %v\n", d.Describe(), off, running)
	}
	return running
}

func main() {
	cart := Cart{
		Items: map[string]int{"coffee": 5, "mug": 2, "filter": 3},
		Price: map[string]Cents{"coffee": 1299, "mug": 850, "filter": 399},
		Order: []string{"coffee", "mug", "filter"},
	}
	loyalty := 0
	member := FuncDiscount{"member stamp card", func(c Cart, r Cents) Cents {
		loyalty++
		return Cents(loyalty) * 100
	}}
	plans := map[string][]Discount{
		"A": {BuyXGetY{"coffee", 2, 1}, PercentOff{10}},
		"B": {PercentOff{10}, Threshold{5000, 1000}},
		"C": {Threshold{8000, 1500}, member, member},
	}
	best, bestName := Cents(-1), ""
	for _, name := range []string{"A", "B", "C"} {
		fmt.Println("plan", name+":")
		total := checkout(cart, plans[name])
		if best < 0 || total < best {
			best, bestName = total, name
		}
	}
	fmt.Println(strings.Repeat("=", 20))
	fmt.Printf("best plan %s at %v (stamps used %d)\n", bestName, best, loyalty)
}
