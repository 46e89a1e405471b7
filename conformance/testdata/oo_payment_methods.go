package main

import (
	"errors"
	"fmt"
)

var (
	ErrInsufficientFunds = errors.New("insufficient funds")
	ErrCardExpired       = errors.New("card expired")
	ErrLimitExceeded     = errors.New("limit exceeded")
)

type PaymentMethod interface {
	Pay(cents int) error
	Label() string
}

type CreditCard struct {
	Last4   string
	Limit   int
	Used    int
	Expired bool
}

func (c *CreditCard) Pay(cents int) error {
	if c.Expired {
		return fmt.Errorf("card %s: %w", c.Last4, ErrCardExpired)
	}
	if c.Used+cents > c.Limit {
		return fmt.Errorf("card %s: charge %d over limit %d: %w", c.Last4, cents, c.Limit, ErrLimitExceeded)
	}
	c.Used += cents
	return nil
}
func (c *CreditCard) Label() string { return "card ****" + c.Last4 }

type Wallet struct {
	Owner   string
	Balance int
}

func (w *Wallet) Pay(cents int) error {
	if cents > w.Balance {
		return fmt.Errorf("wallet of %s has %d, needs %d: %w", w.Owner, w.Balance, cents, ErrInsufficientFunds)
	}
	w.Balance -= cents
	return nil
}
func (w *Wallet) Label() string { return "wallet(" + w.Owner + ")" }

type GiftCard struct {
	Code      string
	Remaining int
}

func (g *GiftCard) Pay(cents int) error {
	if cents > g.Remaining {
		return ErrInsufficientFunds
	}
	g.Remaining -= cents
	return nil
}
func (g *GiftCard) Label() string { return "gift " + g.Code }

func money(cents int) string { return fmt.Sprintf("$%d.%02d", cents/100, cents%100) }

// checkout tries each method in order until one succeeds.
func checkout(amount int, methods []PaymentMethod) (PaymentMethod, []error) {
	var failures []error
	for _, m := range methods {
		err := m.Pay(amount)
		if err == nil {
			return m, failures
		}
		failures = append(failures, err)
	}
	return nil, failures
}

func status(m PaymentMethod) string {
	switch v := m.(type) {
	case *CreditCard:
		return fmt.Sprintf("%s used %s of %s", v.Label(), money(v.Used), money(v.Limit))
	case *Wallet:
		return fmt.Sprintf("%s balance %s", v.Label(), money(v.Balance))
	case *GiftCard:
		return fmt.Sprintf("%s remaining %s", v.Label(), money(v.Remaining))
	default:
		return "unknown"
	}
}

func main() {
	methods := []PaymentMethod{
		&GiftCard{Code: "GC-7", Remaining: 1500},
		&CreditCard{Last4: "1111", Limit: 5000, Expired: true},
		&CreditCard{Last4: "4242", Limit: 10000},
		&Wallet{Owner: "ann", Balance: 20000},
	}
	for _, amount := range []int{1299, 4550, 7000, 9999, 25000} {
		fmt.Printf("-- charge %s\n", money(amount))
		used, errs := checkout(amount, methods)
		for _, e := range errs {
			tag := "other"
			switch {
			case errors.Is(e, ErrInsufficientFunds):
				tag = "funds"
			case errors.Is(e, ErrCardExpired):
				tag = "expired"
			case errors.Is(e, ErrLimitExceeded):
				tag = "limit"
			}
			fmt.Printf("   declined [%s]: %v\n", tag, e)
		}
		if used == nil {
			fmt.Println("   FAILED: no method could pay")
			continue
		}
		fmt.Println("   paid with", used.Label())
	}
	fmt.Println("-- final state")
	for _, m := range methods {
		fmt.Println("  ", status(m))
	}
}
