package main

import "fmt"

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
	// if already in cart just increase qty
	for i := 0; i < len(c.Items); i++ {
		if c.Items[i].Name == name {
			c.Items[i].Quantity += qty
			return
		}
	}
	c.Items = append(c.Items, Item{Name: name, Price: price, Quantity: qty})
}

func (c Cart) Total() float64 {
	total := 0.0
	for _, it := range c.Items {
		total += it.Price * float64(it.Quantity)
	}
	return total
}

func (c Cart) PrintReceipt() {
	fmt.Println("Receipt for", c.Owner)
	fmt.Println("------------------------------")
	for _, it := range c.Items {
		lineTotal := it.Price * float64(it.Quantity)
		fmt.Printf("%-10s %3d x %6.2f = %7.2f\n", it.Name, it.Quantity, it.Price, lineTotal)
	}
	fmt.Println("------------------------------")
	fmt.Printf("%-25s %7.2f\n", "Subtotal:", c.Total())
}

func main() {
	myCart := Cart{Owner: "Sam"}
	myCart.Add("apple", 0.5, 6)
	myCart.Add("bread", 2.25, 1)
	myCart.Add("milk", 1.99, 2)
	myCart.Add("apple", 0.5, 4) // forgot i already had apples
	myCart.Add("cheese", 5.75, 1)

	myCart.PrintReceipt()

	subtotal := myCart.Total()
	discount := 0.0
	if subtotal > 10 {
		discount = subtotal * 0.10
		fmt.Printf("%-25s %7.2f\n", "Discount (10%):", -discount)
	}
	tax := (subtotal - discount) * 0.08
	fmt.Printf("%-25s %7.2f\n", "Tax (8%):", tax)
	fmt.Printf("%-25s %7.2f\n", "TOTAL:", subtotal-discount+tax)

	numItems := 0
	for _, it := range myCart.Items {
		numItems += it.Quantity
	}
	fmt.Println("You bought", numItems, "items in", len(myCart.Items), "lines")
}
