package main

import (
	"errors"
	"fmt"
	"strings"
)

type UserCreated struct {
	ID   int
	Name string
}

type OrderPlaced struct {
	OrderID string
	Amount  float64
}

// Bus dispatches events of type E to subscribed handlers.
type Bus[E any] struct {
	name     string
	handlers []func(E) error
}

func NewBus[E any](name string) *Bus[E] {
	return &Bus[E]{name: name}
}

func (b *Bus[E]) Subscribe(h func(E) error) int {
	b.handlers = append(b.handlers, h)
	return len(b.handlers)
}

// Publish calls every handler and joins their errors.
func (b *Bus[E]) Publish(e E) error {
	var errs []error
	for i, h := range b.handlers {
		if err := h(e); err != nil {
			errs = append(errs, fmt.Errorf("%s handler %d: %w", b.name, i, err))
		}
	}
	return errors.Join(errs...)
}

var ErrRejected = errors.New("rejected")

type auditLog struct {
	lines []string
}

func (a *auditLog) record(format string, args ...any) {
	a.lines = append(a.lines, fmt.Sprintf(format, args...))
}

func main() {
	log := &auditLog{}

	users := NewBus[UserCreated]("users")
	users.Subscribe(func(u UserCreated) error {
		log.record("welcome email to %q", u.Name)
		return nil
	})
	users.Subscribe(func(u UserCreated) error {
		if strings.TrimSpace(u.Name) == "" {
			return fmt.Errorf("user %d: empty name: %w", u.ID, ErrRejected)
		}
		log.record("indexed user %+v", u)
		return nil
	})

	orders := NewBus[OrderPlaced]("orders")
	total := 0.0
	orders.Subscribe(func(o OrderPlaced) error {
		if o.Amount <= 0 {
			return fmt.Errorf("order %s: bad amount %.2f: %w", o.OrderID, o.Amount, ErrRejected)
		}
		total += o.Amount
		return nil
	})
	orders.Subscribe(func(o OrderPlaced) error {
		log.record("order %s seen", o.OrderID)
		return nil
	})

	for _, u := range []UserCreated{{1, "ada"}, {2, "  "}, {3, "grace"}} {
		if err := users.Publish(u); err != nil {
			fmt.Printf("publish %v failed: %v (rejected=%t)\n", u, err, errors.Is(err, ErrRejected))
		}
	}
	for _, o := range []OrderPlaced{{"A1", 19.99}, {"A2", -5}, {"A3", 5.01}} {
		err := orders.Publish(o)
		fmt.Printf("%-6s err=%v\n", o.OrderID, err)
	}

	fmt.Printf("total: %.2f\n", total)
	fmt.Printf("bus types: %T, %T\n", users, orders)
	for i, line := range log.lines {
		fmt.Printf("%02d %s\n", i+1, line)
	}
}
