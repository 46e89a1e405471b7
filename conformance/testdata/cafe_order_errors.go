package main

import (
	"errors"
	"fmt"
)

var (
	ErrOutOfStock = errors.New("out of stock")
	ErrClosed     = errors.New("cafe is closed")
)

type QuantityError struct {
	Item string
	Qty  int
}

func (e *QuantityError) Error() string {
	return fmt.Sprintf("invalid quantity %d for %q", e.Qty, e.Item)
}

type Cafe struct {
	open  bool
	stock map[string]int
}

func (c *Cafe) Order(item string, qty int) error {
	if !c.open {
		return ErrClosed
	}
	if qty <= 0 || qty > 10 {
		return &QuantityError{Item: item, Qty: qty}
	}
	have, ok := c.stock[item]
	if !ok {
		return fmt.Errorf("order %s: unknown item", item)
	}
	if have < qty {
		return fmt.Errorf("order %d x %s: %w (have %d)", qty, item, ErrOutOfStock, have)
	}
	c.stock[item] = have - qty
	return nil
}

func placeAll(c *Cafe, orders []struct {
	item string
	qty  int
}) error {
	var errs []error
	for _, o := range orders {
		if err := c.Order(o.item, o.qty); err != nil {
			errs = append(errs, fmt.Errorf("batch: %w", err))
		}
	}
	return errors.Join(errs...)
}

func describe(err error) string {
	var qe *QuantityError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrClosed):
		return "closed: come back tomorrow"
	case errors.Is(err, ErrOutOfStock):
		return "sold out: " + err.Error()
	case errors.As(err, &qe):
		return fmt.Sprintf("bad qty (item=%s qty=%d)", qe.Item, qe.Qty)
	default:
		return "other: " + err.Error()
	}
}

func main() {
	c := &Cafe{open: true, stock: map[string]int{"croissant": 3, "muffin": 1}}
	tests := []struct {
		item string
		qty  int
	}{
		{"croissant", 2},
		{"croissant", 2},
		{"muffin", 0},
		{"bagel", 1},
		{"muffin", 1},
	}
	for _, t := range tests {
		err := c.Order(t.item, t.qty)
		fmt.Printf("%-10s x%d -> %s\n", t.item, t.qty, describe(err))
	}

	err := placeAll(c, tests[:3])
	fmt.Println("batch error:")
	fmt.Println(err)
	fmt.Println("batch contains out-of-stock:", errors.Is(err, ErrOutOfStock))
	var qe *QuantityError
	fmt.Println("batch contains quantity error:", errors.As(err, &qe), qe.Qty)

	c.open = false
	fmt.Println(describe(c.Order("muffin", 1)))
	wrapped := fmt.Errorf("shift end: %w", c.Order("latte", 1))
	fmt.Println(wrapped, "| unwrap is ErrClosed:", errors.Unwrap(wrapped) == ErrClosed)
}
