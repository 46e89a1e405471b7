package main

import (
	"fmt"
	"sort"
)

type Account interface {
	ID() string
	Balance() float64
	MonthEnd() // apply interest or fees
}

type base struct {
	id  string
	bal float64
}

func (b *base) ID() string       { return b.id }
func (b *base) Balance() float64 { return b.bal }

type Checking struct {
	base
	MonthlyFee float64
	FreeAbove  float64
}

func (c *Checking) MonthEnd() {
	if c.bal < c.FreeAbove {
		c.bal -= c.MonthlyFee
	}
}

type Savings struct {
	base
	Rate float64 // annual
}

func (s *Savings) MonthEnd() {
	s.bal += s.bal * s.Rate / 12
}

type CreditCard struct {
	base
	Limit float64
	APR   float64
}

func (c *CreditCard) MonthEnd() {
	if c.bal < 0 {
		c.bal += c.bal * c.APR / 12
	}
}

func (c *CreditCard) Available() float64 { return c.Limit + c.bal }

func (c *CreditCard) String() string {
	return fmt.Sprintf("card %s (owes %.2f of %.0f)", c.id, -c.bal, c.Limit)
}

func describe(a Account) string {
	switch v := a.(type) {
	case *Checking:
		return fmt.Sprintf("checking, fee %.2f below %.0f", v.MonthlyFee, v.FreeAbove)
	case *Savings:
		return fmt.Sprintf("savings at %.2f%%", v.Rate*100)
	case fmt.Stringer:
		return v.String()
	default:
		return "unknown account"
	}
}

func main() {
	accounts := []Account{
		&Savings{base{"S-01", 8000}, 0.045},
		&Checking{base{"C-01", 420}, 5, 500},
		&CreditCard{base{"K-01", -1250}, 3000, 0.2199},
		&Checking{base{"C-02", 2300}, 5, 500},
		&Savings{base{"S-02", 150}, 0.01},
	}

	sort.Slice(accounts, func(i, j int) bool { return accounts[i].ID() < accounts[j].ID() })

	for _, a := range accounts {
		fmt.Printf("%-5s %-38s %10.2f\n", a.ID(), describe(a), a.Balance())
	}

	for month := range 3 {
		for _, a := range accounts {
			a.MonthEnd()
		}
		net := 0.0
		for _, a := range accounts {
			net += a.Balance()
		}
		fmt.Printf("after month %d: net worth %.2f\n", month+1, net)
	}

	for _, a := range accounts {
		fmt.Printf("%s: %.2f", a.ID(), a.Balance())
		if cc, ok := a.(*CreditCard); ok {
			fmt.Printf(" (available credit %.2f)", cc.Available())
		}
		fmt.Println()
	}
	fmt.Printf("%T %T\n", accounts[0], accounts[len(accounts)-1])
}
