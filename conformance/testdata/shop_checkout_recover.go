package main

import (
	"errors"
	"fmt"
)

type Cart struct {
	ID    string
	Items map[string]int
	Promo *Promo
}

type Promo struct {
	Code    string
	Percent int
}

var prices = map[string]int{"pen": 120, "pad": 350, "ink": 900, "clip": 15}

// total panics on programmer mistakes such as unknown SKUs or a zero divisor;
// Checkout turns those panics into ordinary errors.
func total(c Cart) int {
	sum := 0
	for sku, qty := range c.Items {
		p, ok := prices[sku]
		if !ok {
			panic(fmt.Sprintf("price missing for %q", sku))
		}
		sum += p * qty
	}
	discount := sum * c.Promo.Percent / 100 // nil Promo will panic here
	return sum - discount
}

type CheckoutError struct {
	CartID string
	Cause  any
}

func (e *CheckoutError) Error() string {
	return fmt.Sprintf("checkout %s crashed: %v", e.CartID, e.Cause)
}

func Checkout(c Cart) (amount int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &CheckoutError{CartID: c.ID, Cause: r}
		}
	}()
	if len(c.Items) == 0 {
		return 0, fmt.Errorf("checkout %s: empty cart", c.ID)
	}
	return total(c), nil
}

func splitBill(amount, people int) (share int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("split bill: %v", r)
		}
	}()
	return amount / people, nil
}

func main() {
	noPromo := &Promo{Code: "", Percent: 0}
	carts := []Cart{
		{ID: "c1", Items: map[string]int{"pen": 3, "pad": 2}, Promo: noPromo},
		{ID: "c2", Items: map[string]int{"ink": 1, "stapler": 1}, Promo: noPromo},
		{ID: "c3", Items: map[string]int{"clip": 100}, Promo: &Promo{"BULK", 20}},
		{ID: "c4", Items: map[string]int{"pad": 1}},
		{ID: "c5", Items: map[string]int{}},
	}

	processed, failed := 0, 0
	for _, c := range carts {
		amt, err := Checkout(c)
		var ce *CheckoutError
		switch {
		case errors.As(err, &ce):
			failed++
			fmt.Printf("[PANIC] %v\n", err)
		case err != nil:
			failed++
			fmt.Printf("[ERROR] %v\n", err)
		default:
			processed++
			fmt.Printf("[OK]    %s charged %d cents\n", c.ID, amt)
		}
	}
	fmt.Printf("processed=%d failed=%d\n", processed, failed)

	for _, n := range []int{2, 0} {
		share, err := splitBill(1000, n)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("split 1000 between %d: %d each\n", n, share)
	}

	func() {
		defer fmt.Println("deferred: closing register (runs last)")
		defer fmt.Println("deferred: printing receipt")
		fmt.Println("end of day")
	}()
}
