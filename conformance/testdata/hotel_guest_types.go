package main

import (
	"fmt"
	"sort"
)

type Guest interface {
	Name() string
	NightlyRate(base float64) float64
}

type Regular struct{ name string }

type Loyalty struct {
	name string
	tier int // 1..3
}

type Corporate struct {
	name    string
	company string
	rate    float64 // negotiated flat rate
}

func (g Regular) Name() string                     { return g.name }
func (g Regular) NightlyRate(base float64) float64 { return base }

func (g Loyalty) Name() string { return g.name }
func (g Loyalty) NightlyRate(base float64) float64 {
	return base * (1 - 0.05*float64(g.tier))
}

func (g *Corporate) Name() string                  { return g.name + " (" + g.company + ")" }
func (g *Corporate) NightlyRate(_ float64) float64 { return g.rate }

// Welcomer is an optional extra behaviour some guests have.
type Welcomer interface {
	WelcomeGift() string
}

func (g Loyalty) WelcomeGift() string {
	gifts := []string{"", "chocolates", "wine", "spa voucher"}
	return gifts[g.tier]
}

func describe(v any) string {
	switch g := v.(type) {
	case nil:
		return "no guest"
	case Regular:
		return "regular guest " + g.name
	case Loyalty:
		return fmt.Sprintf("loyalty tier %d member %s", g.tier, g.name)
	case *Corporate:
		return "corporate account of " + g.company
	case string:
		return fmt.Sprintf("walk-in named %q", g)
	default:
		return fmt.Sprintf("unknown %T", g)
	}
}

func main() {
	guests := []Guest{
		Regular{"Pham"},
		Loyalty{"Novak", 3},
		&Corporate{"Reyes", "Acme Ltd", 120},
		Loyalty{"Adeyemi", 1},
	}

	const base = 150.0
	sort.Slice(guests, func(i, j int) bool {
		return guests[i].NightlyRate(base) < guests[j].NightlyRate(base)
	})

	for _, g := range guests {
		line := fmt.Sprintf("%-22s %7.2f", g.Name(), g.NightlyRate(base))
		if w, ok := g.(Welcomer); ok {
			line += "  gift: " + w.WelcomeGift()
		}
		fmt.Println(line)
	}

	things := []any{guests[0], Regular{"Pham"}, "Mr. Smith", nil, 42, &Corporate{company: "Globex"}}
	for i, t := range things {
		fmt.Printf("%d: %s\n", i, describe(t))
	}

	var g Guest = Regular{"Kim"}
	_, isCorp := g.(*Corporate)
	fmt.Println("Kim is corporate:", isCorp)
}
