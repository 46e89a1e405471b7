package main

import (
	"fmt"
	"strings"
)

type OrderStatus int

const (
	Pending OrderStatus = iota
	Paid
	Packed
	Shipped
	Delivered
	Cancelled
	Returned
)

var statusNames = [...]string{"Pending", "Paid", "Packed", "Shipped", "Delivered", "Cancelled", "Returned"}

func (s OrderStatus) String() string {
	if s < 0 || int(s) >= len(statusNames) {
		return fmt.Sprintf("OrderStatus(%d)", int(s))
	}
	return statusNames[s]
}

// allowed lists the legal next states for each state.
var allowed = map[OrderStatus][]OrderStatus{
	Pending:   {Paid, Cancelled},
	Paid:      {Packed, Cancelled},
	Packed:    {Shipped},
	Shipped:   {Delivered},
	Delivered: {Returned},
}

type Order struct {
	ID      string
	Status  OrderStatus
	History []OrderStatus
}

func NewOrder(id string) *Order {
	return &Order{ID: id, Status: Pending, History: []OrderStatus{Pending}}
}

func (o *Order) Transition(to OrderStatus) error {
	for _, next := range allowed[o.Status] {
		if next == to {
			o.Status = to
			o.History = append(o.History, to)
			return nil
		}
	}
	return fmt.Errorf("order %s: cannot go from %v to %v", o.ID, o.Status, to)
}

func (o *Order) Trail() string {
	parts := make([]string, len(o.History))
	for i, s := range o.History {
		parts[i] = s.String()
	}
	return strings.Join(parts, " -> ")
}

func main() {
	scripts := map[string][]OrderStatus{
		"A-100": {Paid, Packed, Shipped, Delivered},
		"A-101": {Paid, Cancelled},
		"A-102": {Packed, Paid, Packed, Shipped},
		"A-103": {Paid, Packed, Shipped, Delivered, Returned, Paid},
		"A-104": {Cancelled, Paid},
	}
	ids := []string{"A-100", "A-101", "A-102", "A-103", "A-104"}

	counts := make(map[OrderStatus]int)
	for _, id := range ids {
		o := NewOrder(id)
		for _, step := range scripts[id] {
			if err := o.Transition(step); err != nil {
				fmt.Println("  rejected:", err)
			}
		}
		counts[o.Status]++
		fmt.Printf("%s final=%-9v trail: %s\n", o.ID, o.Status, o.Trail())
	}

	fmt.Println("orders per final status:")
	for s := Pending; s <= Returned; s++ {
		if counts[s] > 0 {
			fmt.Printf("  %-10v %d\n", s, counts[s])
		}
	}
	fmt.Println("unknown status prints as:", OrderStatus(42))
}
