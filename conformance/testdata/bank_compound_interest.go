package main

import (
	"fmt"
	"math"
)

// compound returns the balance after years with n compounding periods per year.
func compound(principal, rate float64, n, years int) float64 {
	return principal * math.Pow(1+rate/float64(n), float64(n*years))
}

func continuous(principal, rate float64, years int) float64 {
	return principal * math.Exp(rate*float64(years))
}

func round2(x float64) float64 {
	return math.Round(x*100) / 100
}

// yearsToDouble uses a simple loop instead of logarithms, like you would by hand.
func yearsToDouble(rate float64) int {
	balance := 1.0
	years := 0
	for balance < 2 {
		balance *= 1 + rate
		years++
	}
	return years
}

func main() {
	principal := 10000.0
	rate := 0.05

	fmt.Printf("Principal: %.2f at %.1f%% per year\n\n", principal, rate*100)
	fmt.Printf("%-6s %12s %12s %12s\n", "Year", "Annual", "Monthly", "Continuous")
	for y := range 6 {
		if y == 0 {
			continue
		}
		a := compound(principal, rate, 1, y)
		m := compound(principal, rate, 12, y)
		c := continuous(principal, rate, y)
		fmt.Printf("%-6d %12.2f %12.2f %12.2f\n", y, a, m, c)
	}

	fmt.Println()
	periods := []struct {
		name string
		n    int
	}{
		{"yearly", 1},
		{"quarterly", 4},
		{"monthly", 12},
		{"daily", 365},
	}
	for _, p := range periods {
		final := compound(principal, rate, p.n, 10)
		fmt.Printf("10 years %-10s -> %10.2f (interest %8.2f)\n", p.name, final, round2(final-principal))
	}

	fmt.Println()
	for _, r := range []float64{0.02, 0.04, 0.06, 0.08, 0.10} {
		exact := math.Log(2) / math.Log(1+r)
		fmt.Printf("rate %4.1f%%: doubles in %2d years (exact %.2f, rule of 72: %.1f)\n",
			r*100, yearsToDouble(r), exact, 72/(r*100))
	}
}
