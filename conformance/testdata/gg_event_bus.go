package main

import (
	"fmt"
	"sort"
	"strings"
)

// Bus is a synchronous, typed publish/subscribe hub.
type Bus[E any] struct {
	nextID int
	subs   map[int]func(E)
	log    []string
}

func NewBus[E any]() *Bus[E] {
	return &Bus[E]{subs: make(map[int]func(E))}
}

// Subscribe registers h and returns a function that unsubscribes it.
func (b *Bus[E]) Subscribe(h func(E)) (unsubscribe func()) {
	id := b.nextID
	b.nextID++
	b.subs[id] = h
	return func() { delete(b.subs, id) }
}

// Publish delivers e to all subscribers in subscription order.
func (b *Bus[E]) Publish(e E) int {
	ids := make([]int, 0, len(b.subs))
	for id := range b.subs {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		b.subs[id](e)
	}
	b.log = append(b.log, fmt.Sprintf("%v->%d", e, len(ids)))
	return len(ids)
}

// Filtered subscribes a handler that only sees events matching pred.
func Filtered[E any](b *Bus[E], pred func(E) bool, h func(E)) func() {
	return b.Subscribe(func(e E) {
		if pred(e) {
			h(e)
		}
	})
}

// Collect subscribes and gathers events into a slice.
func Collect[E any](b *Bus[E]) (*[]E, func()) {
	var got []E
	return &got, b.Subscribe(func(e E) { got = append(got, e) })
}

type OrderPlaced struct {
	ID     int
	Amount float64
}

func (o OrderPlaced) String() string { return fmt.Sprintf("order#%d", o.ID) }

func main() {
	orders := NewBus[OrderPlaced]()
	total := 0.0
	orders.Subscribe(func(o OrderPlaced) { total += o.Amount })
	stopBig := Filtered(orders, func(o OrderPlaced) bool { return o.Amount >= 100 }, func(o OrderPlaced) {
		fmt.Printf("  big order: %+v\n", struct {
			ID     int
			Amount float64
		}(o))
	})
	all, stopAll := Collect(orders)

	for i, amt := range []float64{25.5, 150, 99.99, 310.25} {
		n := orders.Publish(OrderPlaced{ID: i + 1, Amount: amt})
		fmt.Printf("published order %d to %d handlers\n", i+1, n)
	}
	stopBig()
	orders.Publish(OrderPlaced{ID: 5, Amount: 500})
	stopAll()
	orders.Publish(OrderPlaced{ID: 6, Amount: 1})

	fmt.Printf("total: %8.2f\n", total)
	fmt.Println("collected:", *all)
	fmt.Println("log:", strings.Join(orders.log, " "))

	msgs := NewBus[string]()
	var upper []string
	msgs.Subscribe(func(s string) { upper = append(upper, strings.ToUpper(s)) })
	unsub := Filtered(msgs, func(s string) bool { return strings.HasPrefix(s, "err") }, func(s string) {
		fmt.Printf("  alert: %q\n", s)
	})
	for _, m := range []string{"hello", "error: disk", "ok", "err: net"} {
		msgs.Publish(m)
	}
	unsub()
	msgs.Publish("error: ignored")
	fmt.Println("upper:", upper)
	fmt.Printf("%T %T\n", orders, msgs)
}
