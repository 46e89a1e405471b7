package main

import (
	"fmt"
	"slices"
	"strings"
)

type Expense struct {
	Payer  string
	Cents  int
	Shared []string // who shares it (including payer if they take part)
	Note   string
}

type Transfer struct {
	From, To string
	Cents    int
}

func (t Transfer) String() string {
	return fmt.Sprintf("%s pays %s %d.%02d", t.From, t.To, t.Cents/100, t.Cents%100)
}

func balances(expenses []Expense) map[string]int {
	bal := map[string]int{}
	for _, e := range expenses {
		share := e.Cents / len(e.Shared)
		extra := e.Cents % len(e.Shared) // leftover cents go to the first people
		bal[e.Payer] += e.Cents
		for i, who := range e.Shared {
			owed := share
			if i < extra {
				owed++
			}
			bal[who] -= owed
		}
	}
	return bal
}

// settle greedily matches the largest debtor with the largest creditor.
func settle(bal map[string]int) []Transfer {
	type person struct {
		name string
		amt  int
	}
	var debtors, creditors []person
	for name, b := range bal {
		if b < 0 {
			debtors = append(debtors, person{name, -b})
		} else if b > 0 {
			creditors = append(creditors, person{name, b})
		}
	}
	byAmount := func(a, b person) int {
		if a.amt != b.amt {
			return b.amt - a.amt
		}
		return strings.Compare(a.name, b.name)
	}
	slices.SortFunc(debtors, byAmount)
	slices.SortFunc(creditors, byAmount)

	var out []Transfer
	i, j := 0, 0
	for i < len(debtors) && j < len(creditors) {
		pay := min(debtors[i].amt, creditors[j].amt)
		out = append(out, Transfer{debtors[i].name, creditors[j].name, pay})
		debtors[i].amt -= pay
		creditors[j].amt -= pay
		if debtors[i].amt == 0 {
			i++
		}
		if creditors[j].amt == 0 {
			j++
		}
	}
	return out
}

func main() {
	everyone := []string{"ana", "ben", "chloe", "dev"}
	trip := []Expense{
		{"ana", 48000, everyone, "cabin rental"},
		{"ben", 12350, everyone, "groceries"},
		{"chloe", 6000, []string{"chloe", "dev"}, "kayak hire"},
		{"dev", 9001, everyone, "fuel"},
		{"ana", 2500, []string{"ben", "chloe"}, "museum tickets"},
	}

	total := 0
	for _, e := range trip {
		total += e.Cents
		fmt.Printf("%-6s paid %7.2f for %-15s split %d ways\n", e.Payer, float64(e.Cents)/100, e.Note, len(e.Shared))
	}
	fmt.Printf("trip total: %.2f\n\n", float64(total)/100)

	bal := balances(trip)
	check := 0
	for _, name := range everyone {
		fmt.Printf("%-6s %+9.2f\n", name, float64(bal[name])/100)
		check += bal[name]
	}
	fmt.Println("balances sum to", check)

	fmt.Println()
	for _, t := range settle(bal) {
		fmt.Println(t)
	}
}
