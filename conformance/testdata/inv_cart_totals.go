package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type LineItem struct {
	SKU   string
	Name  string
	Price Cents
	Qty   int
}

func (l LineItem) Total() Cents { return l.Price * Cents(l.Qty) }

type Cart struct {
	Owner string
	Items []LineItem
}

var ErrQty = errors.New("quantity must be positive")

func (c *Cart) Add(item LineItem) error {
	if item.Qty <= 0 {
		return fmt.Errorf("add %s: %w", item.SKU, ErrQty)
	}
	for i := range c.Items {
		if c.Items[i].SKU == item.SKU {
			c.Items[i].Qty += item.Qty
			return nil
		}
	}
	c.Items = append(c.Items, item)
	return nil
}

func (c *Cart) Remove(sku string) bool {
	n := len(c.Items)
	c.Items = slices.DeleteFunc(c.Items, func(l LineItem) bool { return l.SKU == sku })
	return len(c.Items) != n
}

func (c Cart) Subtotal() Cents {
	var sum Cents
	for _, it := range c.Items {
		sum += it.Total()
	}
	return sum
}

func (c Cart) Receipt(taxPermille int64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Receipt for %s\n", c.Owner)
	for _, it := range c.Items {
		fmt.Fprintf(&b, "  %-14s %2d x %8v = %9v\n", it.Name, it.Qty, it.Price, it.Total())
	}
	sub := c.Subtotal()
	tax := Cents(int64(sub) * taxPermille / 1000)
	fmt.Fprintf(&b, "  %-27s %9v\n", "Subtotal", sub)
	fmt.Fprintf(&b, "  %-27s %9v\n", "Tax", tax)
	fmt.Fprintf(&b, "  %-27s %9v\n", "Total", sub+tax)
	return b.String()
}

func main() {
	cart := &Cart{Owner: "dana"}
	adds := []LineItem{
		{"A1", "Coffee beans", 1299, 2},
		{"B7", "Filter papers", 349, 1},
		{"A1", "Coffee beans", 1299, 1},
		{"C3", "Mug", 899, 0},
		{"D4", "Grinder", 4599, 1},
		{"E5", "Milk frother", 2450, 1},
	}
	for _, it := range adds {
		if err := cart.Add(it); err != nil {
			fmt.Println("error:", err, "| is ErrQty:", errors.Is(err, ErrQty))
		}
	}
	fmt.Print(cart.Receipt(85))
	fmt.Println("removed E5:", cart.Remove("E5"))
	fmt.Println("removed Z9:", cart.Remove("Z9"))
	slices.SortFunc(cart.Items, func(a, b LineItem) int { return int(b.Total() - a.Total()) })
	fmt.Print(cart.Receipt(85))
	fmt.Printf("first item: %+v\n", cart.Items[0])
	fmt.Printf("negative: %v, zero: %v\n", Cents(-505), Cents(0))
}
