package main

import "fmt"

type Invoice struct {
	Number string
	Client string
	Amount int
	Paid   bool
}

type Deposit struct {
	Ref    string
	Client string
	Amount int
}

func main() {
	invoices := []Invoice{
		{"INV-01", "acme", 1200, false},
		{"INV-02", "acme", 800, false},
		{"INV-03", "globex", 450, false},
		{"INV-04", "initech", 3000, false},
		{"INV-05", "globex", 450, false},
		{"INV-06", "hooli", 99, false},
	}
	deposits := []Deposit{
		{"D-1", "globex", 450},
		{"D-2", "acme", 800},
		{"D-3", "unknown", 50},
		{"D-4", "globex", 450},
		{"D-5", "initech", 2500},
		{"D-6", "acme", 1200},
		{"D-7", "globex", 450},
	}

	var unmatched []string
deposits:
	for _, d := range deposits {
		for i := range invoices {
			inv := &invoices[i]
			if inv.Paid || inv.Client != d.Client {
				continue
			}
			if inv.Amount == d.Amount {
				inv.Paid = true
				fmt.Printf("%s matched %s (%s, %d)\n", d.Ref, inv.Number, d.Client, d.Amount)
				continue deposits
			}
		}
		unmatched = append(unmatched, d.Ref)
		fmt.Printf("%s could not be matched (%s, %d)\n", d.Ref, d.Client, d.Amount)
	}

	fmt.Println()
	fmt.Println("unpaid invoices:")
	for _, inv := range invoices {
		if !inv.Paid {
			fmt.Printf("  %s %-8s %5d\n", inv.Number, inv.Client, inv.Amount)
		}
	}
	fmt.Println("unmatched deposits:", unmatched)

	// Find the first pair of open invoices that together equal a target amount.
	target := 3099
	found := false
search:
	for i := 0; i < len(invoices); i++ {
		if invoices[i].Paid {
			continue
		}
		for j := i + 1; j < len(invoices); j++ {
			if invoices[j].Paid {
				continue
			}
			if invoices[i].Amount+invoices[j].Amount == target {
				fmt.Printf("a payment of %d covers %s + %s\n", target, invoices[i].Number, invoices[j].Number)
				found = true
				break search
			}
		}
	}
	if !found {
		fmt.Println("no pair adds up to", target)
	}

	// Grid of months and weeks; stop at the first week with no sales.
	sales := [3][4]int{
		{120, 95, 130, 88},
		{101, 0, 140, 99},
		{77, 66, 55, 44},
	}
	total := 0
weeks:
	for m, month := range sales {
		for w, amount := range month {
			if amount == 0 {
				fmt.Printf("no sales in month %d week %d, stopping the tally\n", m+1, w+1)
				break weeks
			}
			total += amount
		}
	}
	fmt.Println("sales counted before the gap:", total)
}
