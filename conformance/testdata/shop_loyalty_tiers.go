package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Tier int

const (
	Bronze Tier = iota
	Silver
	Gold
	Platinum
)

func (t Tier) String() string {
	switch t {
	case Bronze:
		return "Bronze"
	case Silver:
		return "Silver"
	case Gold:
		return "Gold"
	case Platinum:
		return "Platinum"
	}
	return "Unknown"
}

// DiscountPercent returns the member discount for a tier.
func (t Tier) DiscountPercent() int {
	return [...]int{0, 3, 5, 10}[t]
}

func TierFor(yearlySpend Cents) Tier {
	switch {
	case yearlySpend >= 200000:
		return Platinum
	case yearlySpend >= 75000:
		return Gold
	case yearlySpend >= 25000:
		return Silver
	default:
		return Bronze
	}
}

type Customer struct {
	Name   string
	Orders []Cents
}

func (c Customer) Spend() Cents {
	var total Cents
	for _, o := range c.Orders {
		total += o
	}
	return total
}

func main() {
	customers := []Customer{
		{"Alice", []Cents{12000, 45000, 30000}},
		{"Bob", []Cents{2500, 1999}},
		{"Chandra", []Cents{99000, 88000, 45000}},
		{"Dmitri", []Cents{25000}},
		{"Eve", []Cents{}},
		{"Farah", []Cents{60000, 14999}},
	}

	slices.SortFunc(customers, func(a, b Customer) int {
		if c := cmp.Compare(b.Spend(), a.Spend()); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})

	perTier := map[Tier][]string{}
	for _, c := range customers {
		t := TierFor(c.Spend())
		perTier[t] = append(perTier[t], c.Name)
		fmt.Printf("%-8s spent %-10s tier %-8v discount %2d%%\n", c.Name, c.Spend(), t, t.DiscountPercent())
	}

	fmt.Println()
	basket := Cents(15000)
	fmt.Println("price of a", basket, "basket per tier:")
	for t := Platinum; t >= Bronze; t-- {
		price := basket - basket*Cents(t.DiscountPercent())/100
		fmt.Printf("  %-8v %s  members: %v\n", t, price, perTier[t])
	}

	// How much more does Farah need for the next tier?
	farah := Customer{"Farah", []Cents{60000, 14999}}
	fmt.Printf("Farah needs %s more for Gold\n", Cents(75000)-farah.Spend())
}
