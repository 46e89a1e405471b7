package main

import (
	"errors"
	"fmt"
	"math"
)

var (
	ErrNegative  = errors.New("amount is negative")
	ErrZero      = errors.New("amount is zero")
	ErrPrecision = errors.New("more than two decimal places")
)

type LimitError struct {
	Amount, Limit int64
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("amount %d exceeds limit %d", e.Amount, e.Limit)
}

type Account struct {
	Name    string
	Balance int64
	Limit   int64
}

func ToCents(x float64) (int64, error) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, fmt.Errorf("not a number: %v", x)
	}
	c := math.Round(x * 100)
	if math.Abs(c-x*100) > 1e-6 {
		return 0, fmt.Errorf("%v: %w", x, ErrPrecision)
	}
	return int64(c), nil
}

func validate(c int64) error {
	switch {
	case c < 0:
		return ErrNegative
	case c == 0:
		return ErrZero
	}
	return nil
}

func (a *Account) Withdraw(x float64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("withdraw from %s: %w", a.Name, err)
		}
	}()
	c, err := ToCents(x)
	if err != nil {
		return err
	}
	if err := validate(c); err != nil {
		return err
	}
	if c > a.Limit {
		return &LimitError{c, a.Limit}
	}
	if c > a.Balance {
		return fmt.Errorf("balance %d too low for %d", a.Balance, c)
	}
	a.Balance -= c
	return nil
}

func classify(err error) string {
	var le *LimitError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrNegative), errors.Is(err, ErrZero):
		return "invalid"
	case errors.Is(err, ErrPrecision):
		return "precision"
	case errors.As(err, &le):
		return fmt.Sprintf("limit(over by %d)", le.Amount-le.Limit)
	}
	return "other"
}

func main() {
	acct := &Account{Name: "checking", Balance: 50000, Limit: 20000}
	attempts := []float64{25.50, -3, 0, 12.345, 250, math.NaN(), 199.99, 180, 0.1 + 0.2}
	counts := map[string]int{}
	for _, x := range attempts {
		err := acct.Withdraw(x)
		kind := classify(err)
		counts[kind]++
		if err != nil {
			fmt.Printf("%-8.3f %-18s %v\n", x, kind, err)
		} else {
			fmt.Printf("%-8.3f %-18s balance now %d\n", x, kind, acct.Balance)
		}
	}
	fmt.Println("ok:", counts["ok"], "invalid:", counts["invalid"], "other:", counts["other"])
}
