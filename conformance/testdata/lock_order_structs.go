package main

import (
	"fmt"
	"sort"
	"sync"
)

type Order struct {
	ID       int
	Customer string
	Items    map[string]int
}

type Invoice struct {
	OrderID  int
	Customer string
	Total    int // in cents
	Lines    int
	Packer   int
}

var prices = map[string]int{
	"pen": 150, "notebook": 425, "stapler": 899, "ink": 1250, "clip": 5,
}

func packer(id int, orders <-chan Order, invoices chan<- Invoice, wg *sync.WaitGroup) {
	defer wg.Done()
	for o := range orders {
		inv := Invoice{OrderID: o.ID, Customer: o.Customer, Packer: id}
		for item, qty := range o.Items {
			inv.Total += prices[item] * qty
			inv.Lines++
		}
		invoices <- inv
	}
}

func main() {
	orders := []Order{
		{1, "ana", map[string]int{"pen": 3, "notebook": 2}},
		{2, "ben", map[string]int{"stapler": 1}},
		{3, "ana", map[string]int{"ink": 2, "clip": 100}},
		{4, "cho", map[string]int{"pen": 10}},
		{5, "dev", map[string]int{"notebook": 1, "ink": 1, "clip": 20}},
		{6, "ben", map[string]int{"pen": 1, "stapler": 2}},
		{7, "cho", map[string]int{"clip": 7}},
		{8, "eve", map[string]int{"ink": 4}},
	}

	orderCh := make(chan Order)
	invCh := make(chan Invoice)
	var wg sync.WaitGroup
	for p := 1; p <= 3; p++ {
		wg.Add(1)
		go packer(p, orderCh, invCh, &wg)
	}
	go func() {
		for _, o := range orders {
			orderCh <- o
		}
		close(orderCh)
	}()
	go func() {
		wg.Wait()
		close(invCh)
	}()

	var invoices []Invoice
	for inv := range invCh {
		invoices = append(invoices, inv)
	}
	sort.Slice(invoices, func(i, j int) bool { return invoices[i].OrderID < invoices[j].OrderID })

	byCustomer := map[string]int{}
	grand := 0
	for _, inv := range invoices {
		fmt.Printf("order %d %-4s lines=%d total=$%d.%02d\n",
			inv.OrderID, inv.Customer, inv.Lines, inv.Total/100, inv.Total%100)
		byCustomer[inv.Customer] += inv.Total
		grand += inv.Total
	}

	customers := make([]string, 0, len(byCustomer))
	for c := range byCustomer {
		customers = append(customers, c)
	}
	sort.Slice(customers, func(i, j int) bool {
		if byCustomer[customers[i]] != byCustomer[customers[j]] {
			return byCustomer[customers[i]] > byCustomer[customers[j]]
		}
		return customers[i] < customers[j]
	})
	fmt.Println("spend by customer:")
	for _, c := range customers {
		fmt.Printf("  %-4s $%d.%02d\n", c, byCustomer[c]/100, byCustomer[c]%100)
	}
	fmt.Printf("grand total: $%d.%02d\n", grand/100, grand%100)
}
