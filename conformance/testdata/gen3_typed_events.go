package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type UserCreated struct {
	ID   int
	Name string
}

type OrderPlaced struct {
	OrderID int
	Amount  float64
}

type Handler[E any] func(E) error

type Topic[E any] struct {
	name     string
	handlers []Handler[E]
	log      *[]string
}

func NewTopic[E any](name string, log *[]string) *Topic[E] {
	return &Topic[E]{name: name, log: log}
}

func (t *Topic[E]) Subscribe(h Handler[E]) int {
	t.handlers = append(t.handlers, h)
	return len(t.handlers)
}

func (t *Topic[E]) Publish(e E) (delivered int, errs []error) {
	for i, h := range t.handlers {
		if err := h(e); err != nil {
			errs = append(errs, fmt.Errorf("%s handler %d: %w", t.name, i, err))
			continue
		}
		delivered++
	}
	*t.log = append(*t.log, fmt.Sprintf("%s <- %+v", t.name, e))
	return delivered, errs
}

func (t *Topic[E]) Len() int { return len(t.handlers) }

type Bus struct {
	log    []string
	Users  *Topic[UserCreated]
	Orders *Topic[OrderPlaced]
}

func NewBus() *Bus {
	b := &Bus{}
	b.Users = NewTopic[UserCreated]("users", &b.log)
	b.Orders = NewTopic[OrderPlaced]("orders", &b.log)
	return b
}

func main() {
	bus := NewBus()
	names := map[int]string{}
	totals := map[int]float64{}

	bus.Users.Subscribe(func(u UserCreated) error {
		names[u.ID] = u.Name
		return nil
	})
	bus.Users.Subscribe(func(u UserCreated) error {
		if strings.TrimSpace(u.Name) == "" {
			return fmt.Errorf("empty name for user %d", u.ID)
		}
		return nil
	})
	bus.Orders.Subscribe(func(o OrderPlaced) error {
		if o.Amount <= 0 {
			return fmt.Errorf("invalid amount %.2f", o.Amount)
		}
		totals[o.OrderID%3] += o.Amount
		return nil
	})

	for _, u := range []UserCreated{{1, "ada"}, {2, "bob"}, {3, " "}} {
		n, errs := bus.Users.Publish(u)
		fmt.Printf("user %d delivered=%d errors=%d\n", u.ID, n, len(errs))
		for _, err := range errs {
			fmt.Println("  error:", err)
		}
	}
	for i, amt := range []float64{10.5, 0, 22.25, 7} {
		n, errs := bus.Orders.Publish(OrderPlaced{OrderID: 100 + i, Amount: amt})
		fmt.Printf("order %d delivered=%d errors=%v\n", 100+i, n, errs)
	}

	fmt.Printf("topics: %T(%d) %T(%d)\n", bus.Users, bus.Users.Len(), bus.Orders, bus.Orders.Len())
	for _, id := range slices.Sorted(maps.Keys(names)) {
		fmt.Printf("name[%d]=%q\n", id, names[id])
	}
	for _, b := range slices.Sorted(maps.Keys(totals)) {
		fmt.Printf("bucket %d total=%.2f\n", b, totals[b])
	}
	fmt.Println("event log:")
	for i, line := range bus.log {
		fmt.Printf("%2d %s\n", i, line)
	}
}
