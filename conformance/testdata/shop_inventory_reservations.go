package main

import (
	"errors"
	"fmt"
	"slices"
)

var ErrInsufficientStock = errors.New("insufficient stock")
var ErrNoReservation = errors.New("no such reservation")

type StockError struct {
	SKU       string
	Requested int
	Available int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("sku %s: requested %d, only %d available", e.SKU, e.Requested, e.Available)
}

func (e *StockError) Unwrap() error { return ErrInsufficientStock }

type Reservation struct {
	ID  int
	SKU string
	Qty int
}

type Inventory struct {
	onHand       map[string]int
	reserved     map[string]int
	reservations map[int]Reservation
	nextID       int
}

func NewInventory(stock map[string]int) *Inventory {
	return &Inventory{
		onHand:       stock,
		reserved:     map[string]int{},
		reservations: map[int]Reservation{},
		nextID:       1,
	}
}

func (inv *Inventory) Available(sku string) int {
	return inv.onHand[sku] - inv.reserved[sku]
}

func (inv *Inventory) Reserve(sku string, qty int) (int, error) {
	if avail := inv.Available(sku); qty > avail {
		return 0, &StockError{SKU: sku, Requested: qty, Available: avail}
	}
	id := inv.nextID
	inv.nextID++
	inv.reserved[sku] += qty
	inv.reservations[id] = Reservation{ID: id, SKU: sku, Qty: qty}
	return id, nil
}

func (inv *Inventory) Release(id int) error {
	r, ok := inv.reservations[id]
	if !ok {
		return fmt.Errorf("release %d: %w", id, ErrNoReservation)
	}
	inv.reserved[r.SKU] -= r.Qty
	delete(inv.reservations, id)
	return nil
}

// Commit turns a reservation into a real sale: stock leaves the warehouse.
func (inv *Inventory) Commit(id int) error {
	r, ok := inv.reservations[id]
	if !ok {
		return fmt.Errorf("commit %d: %w", id, ErrNoReservation)
	}
	inv.reserved[r.SKU] -= r.Qty
	inv.onHand[r.SKU] -= r.Qty
	delete(inv.reservations, id)
	return nil
}

func (inv *Inventory) Report() {
	skus := make([]string, 0, len(inv.onHand))
	for sku := range inv.onHand {
		skus = append(skus, sku)
	}
	slices.Sort(skus)
	for _, sku := range skus {
		fmt.Printf("  %-8s on hand %3d  reserved %3d  available %3d\n",
			sku, inv.onHand[sku], inv.reserved[sku], inv.Available(sku))
	}
}

func main() {
	inv := NewInventory(map[string]int{"LAMP": 5, "DESK": 2, "CHAIR": 8})

	r1, _ := inv.Reserve("LAMP", 3)
	r2, _ := inv.Reserve("CHAIR", 4)
	r3, _ := inv.Reserve("DESK", 2)
	fmt.Println("after three reservations:")
	inv.Report()

	if _, err := inv.Reserve("LAMP", 3); err != nil {
		var se *StockError
		if errors.As(err, &se) {
			fmt.Printf("cannot reserve: %v (short by %d)\n", se, se.Requested-se.Available)
		}
		fmt.Println("is insufficient stock:", errors.Is(err, ErrInsufficientStock))
	}

	fmt.Println("customer 1 pays, customer 2 abandons cart")
	if err := inv.Commit(r1); err != nil {
		fmt.Println("error:", err)
	}
	if err := inv.Release(r2); err != nil {
		fmt.Println("error:", err)
	}
	inv.Report()

	if err := inv.Release(r2); err != nil {
		fmt.Println("error:", err, "| not found:", errors.Is(err, ErrNoReservation))
	}

	_ = inv.Commit(r3)
	r4, err := inv.Reserve("LAMP", 2)
	fmt.Println("reserve remaining lamps -> id", r4, "err", err)
	fmt.Println("final:")
	inv.Report()
}
