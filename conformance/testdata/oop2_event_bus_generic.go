package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler[E any] func(E)

type EventBus[E any] struct {
	subs      map[string][]Handler[E]
	published int
}

func NewEventBus[E any]() *EventBus[E] {
	return &EventBus[E]{subs: make(map[string][]Handler[E])}
}

func (b *EventBus[E]) Subscribe(topic string, h Handler[E]) {
	b.subs[topic] = append(b.subs[topic], h)
}

func (b *EventBus[E]) Publish(topic string, e E) int {
	b.published++
	hs := b.subs[topic]
	for _, h := range hs {
		h(e)
	}
	return len(hs)
}

func (b *EventBus[E]) Topics() []string {
	ts := make([]string, 0, len(b.subs))
	for t := range b.subs {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

// Recorder is a generic subscriber; its Record method is used as a method value.
type Recorder[E any] struct {
	label string
	seen  []E
}

func (r *Recorder[E]) Record(e E) { r.seen = append(r.seen, e) }

type Order struct {
	ID    int
	Item  string
	Qty   int
	Price float64
}

type Inventory struct{ stock map[string]int }

func (inv *Inventory) OnPlaced(o Order)    { inv.stock[o.Item] -= o.Qty }
func (inv *Inventory) OnCancelled(o Order) { inv.stock[o.Item] += o.Qty }

type Mailer struct{ sent int }

func (m *Mailer) Confirm(o Order) {
	m.sent++
	fmt.Printf("  mail: order #%d %dx%s = %.2f\n", o.ID, o.Qty, o.Item, float64(o.Qty)*o.Price)
}

func main() {
	orders := NewEventBus[Order]()
	audit := NewEventBus[string]()

	inv := &Inventory{stock: map[string]int{"pen": 10, "ink": 4}}
	mail := &Mailer{}
	rec := &Recorder[Order]{label: "orders"}
	log := &Recorder[string]{label: "audit"}

	orders.Subscribe("placed", inv.OnPlaced)
	orders.Subscribe("placed", mail.Confirm)
	orders.Subscribe("placed", rec.Record)
	orders.Subscribe("cancelled", inv.OnCancelled)
	orders.Subscribe("cancelled", func(o Order) {
		audit.Publish("cancel", fmt.Sprintf("order %d cancelled", o.ID))
	})
	audit.Subscribe("cancel", log.Record)
	audit.Subscribe("cancel", func(s string) { fmt.Println("  audit:", strings.ToUpper(s)) })

	events := []struct {
		topic string
		o     Order
	}{
		{"placed", Order{1, "pen", 3, 1.5}},
		{"placed", Order{2, "ink", 2, 7.25}},
		{"cancelled", Order{1, "pen", 3, 1.5}},
		{"shipped", Order{2, "ink", 2, 7.25}},
		{"placed", Order{3, "pen", 5, 1.4}},
	}
	for _, ev := range events {
		fmt.Printf("%s #%d\n", ev.topic, ev.o.ID)
		if n := orders.Publish(ev.topic, ev.o); n == 0 {
			fmt.Println("  (no subscribers)")
		}
	}
	fmt.Println("stock pen:", inv.stock["pen"], "ink:", inv.stock["ink"])
	fmt.Println("mails sent:", mail.sent)
	fmt.Printf("%s recorded %d: %v\n", rec.label, len(rec.seen), rec.seen)
	fmt.Printf("%s recorded %q\n", log.label, log.seen)
	fmt.Println("order topics:", orders.Topics(), "published:", orders.published)
	fmt.Println("audit topics:", audit.Topics(), "published:", audit.published)
}
