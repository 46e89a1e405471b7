package main

import "fmt"

type Tier int

const (
	Basic Tier = iota
	Silver
	Gold
	Platinum
)

var tierNames = [...]string{"Basic", "Silver", "Gold", "Platinum"}

func (t Tier) String() string { return tierNames[t] }

// Perks lists what a tier gets; higher tiers fall through to inherit
// every perk of the tiers below them.
func Perks(t Tier) []string {
	var perks []string
	switch t {
	case Platinum:
		perks = append(perks, "concierge")
		fallthrough
	case Gold:
		perks = append(perks, "no FX fee")
		fallthrough
	case Silver:
		perks = append(perks, "free transfers")
		fallthrough
	case Basic:
		perks = append(perks, "online statements")
	}
	return perks
}

func monthlyFee(t Tier, balance int64) int64 {
	switch {
	case t >= Gold:
		return 0
	case balance >= 500000:
		return 0
	case t == Silver:
		return 500
	default:
		return 1200
	}
}

func main() {
	for t := Basic; t <= Platinum; t++ {
		fmt.Printf("%-8v perks=%v\n", t, Perks(t))
	}

	customers := []struct {
		name     string
		tier     Tier
		balance  int64
		payments []int64
	}{
		{"north", Basic, 120000, []int64{500, 700, -1, 300}},
		{"south", Silver, 900000, []int64{2500, 100}},
		{"east", Gold, 50000, []int64{0, 400, 600}},
		{"west", Platinum, 10, []int64{999999, 5}},
	}

	// Find the first customer with a suspicious payment, scanning nested loops.
	found := ""
search:
	for _, c := range customers {
		for i, p := range c.payments {
			if p < 0 {
				found = fmt.Sprintf("%s payment #%d is negative", c.name, i)
				break search
			}
		}
	}
	fmt.Println("audit:", found)

	var totalFees int64
	for _, c := range customers {
		fee := monthlyFee(c.tier, c.balance)
		count := 0
	payments:
		for _, p := range c.payments {
			switch {
			case p <= 0:
				continue payments
			case p > 100000:
				fmt.Printf("  %s: payment %d held for review\n", c.name, p)
				continue payments
			}
			count++
		}
		totalFees += fee
		fmt.Printf("%-5s %-8v fee=%4d valid payments=%d\n", c.name, c.tier, fee, count)
	}
	fmt.Println("total monthly fees:", totalFees)

	// A retry loop written with goto, as in older bank batch code.
	attempts, balance := 0, int64(250)
retry:
	attempts++
	if balance < 1000 {
		balance += 400 // simulated incoming settlement
		if attempts < 5 {
			goto retry
		}
	}
	fmt.Printf("settled after %d attempts with balance %d\n", attempts, balance)
}
