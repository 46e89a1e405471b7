package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name     string
	Price    float64
	Quantity int
}

type Cart struct {
	Owner string
	Items []Item
}

func (c *Cart) Add(name string, price float64, qty int) {
	for i := range c.Items {
		if c.Items[i].Name == name {
			c.Items[i].Quantity += qty
			return
		}
	}
	c.Items = append(c.Items, Item{name, price, qty})
}

func (c *Cart) Remove(name string) error {
	for i, it := range c.Items {
		if it.Name == name {
			c.Items = append(c.Items[:i], c.Items[i+1:]...)
			return nil
		}
	}
	return fmt.Errorf("item %q not in cart", name)
}

func (c Cart) Total() float64 {
	total := 0.0
	for _, it := range c.Items {
		total += it.Price * float64(it.Quantity)
	}
	return total
}

func main() {
	cart := &Cart{Owner: "sam"}
	fmt.Println("empty cart:", cart)
	cart.Add("apple", 0.5, 6)
	cart.Add("bread", 2.25, 1)
	cart.Add("milk", 1.2, 2)
	fmt.Println("after adds:", cart)
	cart.Add("apple", 0.5, 4)
	fmt.Printf("after more apples: %+v\n", cart.Items)
	fmt.Printf("total: %.2f\n", cart.Total())

	err := cart.Remove("cheese")
	if err != nil {
		fmt.Println("error:", err)
	}
	err = cart.Remove("bread")
	fmt.Println("remove bread err:", err)
	fmt.Println("items now:", cart.Items)

	fmt.Println("receipt:")
	fmt.Println(strings.Repeat("=", 28))
	for i, it := range cart.Items {
		line := it.Price * float64(it.Quantity)
		fmt.Printf("%d. %-8s %2d x %5.2f = %6.2f\n", i+1, it.Name, it.Quantity, it.Price, line)
	}
	fmt.Println(strings.Repeat("=", 28))
	total := cart.Total()
	discount := 0.0
	if total > 5 {
		discount = total * 0.10
	}
	fmt.Printf("subtotal %.2f discount %.2f final %.2f\n", total, discount, total-discount)

	cents := int(total * 100)
	fmt.Println("total in cents:", cents)
	fmt.Printf("cart type: %T, items type: %T\n", cart, cart.Items)
	names := []string{}
	for _, it := range cart.Items {
		names = append(names, strings.ToUpper(it.Name))
	}
	fmt.Println("names:", strings.Join(names, ", "))
}
