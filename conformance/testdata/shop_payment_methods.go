package main

import (
	"errors"
	"fmt"
	"strings"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type PaymentMethod interface {
	Name() string
	Charge(amount Cents) (receipt string, err error)
}

// Refunder is optional: not every method supports refunds.
type Refunder interface {
	Refund(amount Cents) error
}

type CreditCard struct {
	Number string
	Limit  Cents
	used   Cents
}

func (c *CreditCard) Name() string { return "card ending " + c.Number[len(c.Number)-4:] }

func (c *CreditCard) Charge(amount Cents) (string, error) {
	if c.used+amount > c.Limit {
		return "", fmt.Errorf("%s: credit limit reached", c.Name())
	}
	c.used += amount
	return fmt.Sprintf("CC-%s-%d", c.Number[len(c.Number)-4:], amount), nil
}

func (c *CreditCard) Refund(amount Cents) error {
	c.used -= amount
	return nil
}

type Wallet struct {
	Owner   string
	Balance Cents
}

var ErrInsufficientFunds = errors.New("insufficient funds")

func (w *Wallet) Name() string { return w.Owner + "'s wallet" }

func (w *Wallet) Charge(amount Cents) (string, error) {
	if amount > w.Balance {
		return "", fmt.Errorf("%s has %s: %w", w.Name(), w.Balance, ErrInsufficientFunds)
	}
	w.Balance -= amount
	return "WL-" + strings.ToUpper(w.Owner), nil
}

type CashOnDelivery struct{ Fee Cents }

func (c CashOnDelivery) Name() string { return "cash on delivery" }

func (c CashOnDelivery) Charge(amount Cents) (string, error) {
	return fmt.Sprintf("COD (collect %s incl. fee)", amount+c.Fee), nil
}

// Pay tries each method in order until one succeeds.
func Pay(amount Cents, methods ...PaymentMethod) (PaymentMethod, string, error) {
	var errs []error
	for _, m := range methods {
		receipt, err := m.Charge(amount)
		if err == nil {
			return m, receipt, nil
		}
		errs = append(errs, err)
	}
	return nil, "", errors.Join(errs...)
}

func main() {
	card := &CreditCard{Number: "4111222233334444", Limit: 10000}
	wallet := &Wallet{Owner: "sam", Balance: 3500}
	cod := CashOnDelivery{Fee: 300}

	orders := []Cents{2500, 6000, 3000, 4200}
	for i, amt := range orders {
		m, receipt, err := Pay(amt, wallet, card)
		if err != nil {
			fmt.Printf("order %d (%s) failed:\n  %s\n", i+1, amt, strings.ReplaceAll(err.Error(), "\n", "\n  "))
			fmt.Println("  wallet short of funds:", errors.Is(err, ErrInsufficientFunds))
			m, receipt, _ = Pay(amt, cod)
		}
		fmt.Printf("order %d paid %s via %s, receipt %s\n", i+1, amt, m.Name(), receipt)
	}

	for _, m := range []PaymentMethod{card, wallet, cod} {
		if r, ok := m.(Refunder); ok {
			_ = r.Refund(1000)
			fmt.Printf("%s supports refunds\n", m.Name())
		} else {
			fmt.Printf("%s cannot refund automatically\n", m.Name())
		}
	}
	fmt.Println("card used:", card.used, "| wallet left:", wallet.Balance)
}
