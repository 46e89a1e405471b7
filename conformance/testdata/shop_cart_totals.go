package main

import (
	"fmt"
	"strings"
)

// Cents stores money as an integer number of cents to avoid float rounding.
type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Product struct {
	SKU   string
	Name  string
	Price Cents
}

type LineItem struct {
	Product  Product
	Quantity int
}

func (li LineItem) Total() Cents {
	return li.Product.Price * Cents(li.Quantity)
}

type Cart struct {
	items []LineItem
}

// Add increases the quantity if the product is already in the cart.
func (c *Cart) Add(p Product, qty int) {
	for i := range c.items {
		if c.items[i].Product.SKU == p.SKU {
			c.items[i].Quantity += qty
			return
		}
	}
	c.items = append(c.items, LineItem{Product: p, Quantity: qty})
}

func (c *Cart) Remove(sku string) bool {
	for i, it := range c.items {
		if it.Product.SKU == sku {
			c.items = append(c.items[:i], c.items[i+1:]...)
			return true
		}
	}
	return false
}

func (c *Cart) Subtotal() Cents {
	var sum Cents
	for _, it := range c.items {
		sum += it.Total()
	}
	return sum
}

func (c *Cart) Count() int {
	n := 0
	for _, it := range c.items {
		n += it.Quantity
	}
	return n
}

func (c *Cart) Print() {
	fmt.Println(strings.Repeat("-", 40))
	for _, it := range c.items {
		fmt.Printf("%-8s %-16s x%-3d %9s\n", it.Product.SKU, it.Product.Name, it.Quantity, it.Total())
	}
	fmt.Println(strings.Repeat("-", 40))
	fmt.Printf("%d items, subtotal %s\n", c.Count(), c.Subtotal())
}

func main() {
	mug := Product{"MUG-01", "Coffee Mug", 1299}
	tee := Product{"TEE-M", "T-Shirt (M)", 1950}
	stk := Product{"STK-5", "Sticker Pack", 399}
	pen := Product{"PEN-B", "Ballpoint Pen", 149}

	var cart Cart
	cart.Add(mug, 2)
	cart.Add(tee, 1)
	cart.Add(stk, 3)
	cart.Print()

	fmt.Println("adding one more mug and a pen")
	cart.Add(mug, 1)
	cart.Add(pen, 4)
	cart.Print()

	if cart.Remove("STK-5") {
		fmt.Println("removed stickers")
	}
	if !cart.Remove("HAT-XL") {
		fmt.Println("no hat in cart, nothing removed")
	}
	cart.Print()

	refund := Cents(-250)
	fmt.Println("store credit applied:", refund)
	fmt.Println("amount due:", cart.Subtotal()+refund)
}
