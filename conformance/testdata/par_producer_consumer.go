// Producer/consumer: producers send orders, close signals the end, and
// consumers simply range over the channel until it is drained.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type Order struct {
	ID       int
	Producer string
	Qty      int
}

type Receipt struct {
	OrderID  int
	Consumer int
	Cost     int
}

const unitPrice = 3

func produce(name string, first, count int, out chan<- Order, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := range count {
		out <- Order{ID: first + i, Producer: name, Qty: (first+i)%5 + 1}
	}
}

func consume(id int, in <-chan Order, out chan<- Receipt, wg *sync.WaitGroup) {
	defer wg.Done()
	for o := range in { // ends when the orders channel is closed and empty
		out <- Receipt{OrderID: o.ID, Consumer: id, Cost: o.Qty * unitPrice}
	}
}

func main() {
	orders := make(chan Order, 4)
	receipts := make(chan Receipt, 4)

	var producers, consumers sync.WaitGroup
	producers.Add(3)
	go produce("north", 100, 7, orders, &producers)
	go produce("south", 200, 5, orders, &producers)
	go produce("east", 300, 6, orders, &producers)

	for c := range 2 {
		consumers.Add(1)
		go consume(c, orders, receipts, &consumers)
	}

	// Only the side that knows all sends are finished closes a channel.
	go func() {
		producers.Wait()
		close(orders)
	}()
	go func() {
		consumers.Wait()
		close(receipts)
	}()

	var all []Receipt
	for r := range receipts {
		all = append(all, r)
	}
	slices.SortFunc(all, func(a, b Receipt) int { return a.OrderID - b.OrderID })

	total := 0
	ids := make([]int, 0, len(all))
	for _, r := range all {
		total += r.Cost
		ids = append(ids, r.OrderID)
	}
	fmt.Println("receipts:", len(all))
	fmt.Println("order ids:", ids)
	fmt.Println("total cost:", total)
	v, ok := <-orders
	fmt.Printf("receive from closed channel: %+v ok=%v\n", v, ok)
}
