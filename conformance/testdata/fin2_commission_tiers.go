package main

import (
	"fmt"
	"sort"
)

type Tier struct {
	UpTo int64 // cents; 0 means no upper bound
	Bps  int64
}

type Plan struct {
	Name  string
	Tiers []Tier
	Bonus func(sales int64) int64
}

// Commission applies marginal tier rates, like tax brackets.
func (p Plan) Commission(sales int64) (total int64, detail []string) {
	var lower int64
	for _, t := range p.Tiers {
		upper := t.UpTo
		if upper == 0 || upper > sales {
			upper = sales
		}
		if upper <= lower {
			break
		}
		part := (upper - lower) * t.Bps / 10000
		detail = append(detail, fmt.Sprintf("%s@%d.%02d%%=%s", c(upper-lower), t.Bps/100, t.Bps%100, c(part)))
		total += part
		lower = upper
	}
	if p.Bonus != nil {
		if b := p.Bonus(sales); b > 0 {
			total += b
			detail = append(detail, "bonus="+c(b))
		}
	}
	return
}

func c(v int64) string { return fmt.Sprintf("%d.%02d", v/100, v%100) }

func main() {
	standard := Plan{
		Name: "standard",
		Tiers: []Tier{
			{UpTo: 1000000, Bps: 300},
			{UpTo: 5000000, Bps: 500},
			{UpTo: 0, Bps: 800},
		},
		Bonus: func(s int64) int64 {
			if s >= 7500000 {
				return 50000
			}
			return 0
		},
	}
	junior := Plan{Name: "junior", Tiers: []Tier{{UpTo: 0, Bps: 250}}}

	reps := map[string]struct {
		plan  Plan
		sales int64
	}{
		"harper": {standard, 820000},
		"ito":    {standard, 4315050},
		"kaur":   {standard, 9100000},
		"mora":   {junior, 2600000},
	}
	names := make([]string, 0, len(reps))
	for n := range reps {
		names = append(names, n)
	}
	sort.Strings(names)
	payouts := map[string]int64{}
	for _, n := range names {
		r := reps[n]
		amt, detail := r.plan.Commission(r.sales)
		payouts[n] = amt
		fmt.Printf("%-7s %-8s sales %10s commission %9s\n", n, r.plan.Name, c(r.sales), c(amt))
		for _, d := range detail {
			fmt.Println("         ", d)
		}
	}
	sort.Slice(names, func(i, j int) bool { return payouts[names[i]] > payouts[names[j]] })
	fmt.Println("leaderboard:", names)
	var sum int64
	for _, v := range payouts {
		sum += v
	}
	fmt.Println("total payout:", c(sum))
}
