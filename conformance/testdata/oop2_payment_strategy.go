package main

import (
	"errors"
	"fmt"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Receipt struct {
	Method string
	Amount Cents
	Fee    Cents
}

type PaymentMethod interface {
	Pay(amount Cents) (Receipt, error)
	Label() string
}

type DeclinedError struct {
	Method string
	Amount Cents
	Reason string
}

func (e *DeclinedError) Error() string {
	return fmt.Sprintf("%s declined %v: %s", e.Method, e.Amount, e.Reason)
}

var ErrInvalidAmount = errors.New("invalid amount")

type CreditCard struct {
	last4        string
	limit, spent Cents
}

func (c *CreditCard) Label() string { return "card-" + c.last4 }
func (c *CreditCard) Pay(a Cents) (Receipt, error) {
	fee := a * 3 / 100
	if c.spent+a+fee > c.limit {
		return Receipt{}, &DeclinedError{c.Label(), a, "over limit"}
	}
	c.spent += a + fee
	return Receipt{c.Label(), a, fee}, nil
}

type Wallet struct {
	email   string
	balance Cents
}

func (w *Wallet) Label() string { return "wallet:" + w.email }
func (w *Wallet) Pay(a Cents) (Receipt, error) {
	if a > w.balance {
		return Receipt{}, &DeclinedError{w.Label(), a, fmt.Sprintf("balance only %v", w.balance)}
	}
	w.balance -= a
	return Receipt{w.Label(), a, 25}, nil
}

type Voucher struct {
	code string
	used bool
	max  Cents
}

func (v *Voucher) Label() string { return "voucher " + v.code }
func (v *Voucher) Pay(a Cents) (Receipt, error) {
	switch {
	case v.used:
		return Receipt{}, &DeclinedError{v.Label(), a, "already used"}
	case a > v.max:
		return Receipt{}, &DeclinedError{v.Label(), a, "exceeds voucher value"}
	}
	v.used = true
	return Receipt{Method: v.Label(), Amount: a}, nil
}

type Checkout struct{ methods []PaymentMethod }

func (c *Checkout) Process(amount Cents) (Receipt, error) {
	if amount <= 0 {
		return Receipt{}, fmt.Errorf("checkout %v: %w", amount, ErrInvalidAmount)
	}
	var errs []error
	for _, m := range c.methods {
		r, err := m.Pay(amount)
		if err == nil {
			return r, nil
		}
		errs = append(errs, err)
	}
	return Receipt{}, errors.Join(errs...)
}

func main() {
	card := &CreditCard{last4: "4242", limit: 10000}
	co := &Checkout{methods: []PaymentMethod{
		&Voucher{code: "WELCOME", max: 2000},
		&Wallet{email: "ann@example.com", balance: 5000},
		card,
	}}
	orders := []Cents{1500, 1999, 4000, 3000, 6000, 0, 2500}
	var total Cents
	for i, amt := range orders {
		r, err := co.Process(amt)
		if err != nil {
			fmt.Printf("order %d (%v) failed:\n  %v\n", i, amt, err)
			var de *DeclinedError
			if errors.As(err, &de) {
				fmt.Printf("  first decline came from %q\n", de.Method)
			}
			if errors.Is(err, ErrInvalidAmount) {
				fmt.Println("  (invalid amount)")
			}
			continue
		}
		total += r.Amount + r.Fee
		fmt.Printf("order %d paid: %+v\n", i, r)
	}
	fmt.Println("total charged:", total)
	fmt.Printf("card spent %v of %v\n", card.spent, card.limit)
}
