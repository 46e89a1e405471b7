package main

import (
	"fmt"
	"math"
)

// Compounding describes how often interest is added to the balance.
type Compounding int

const (
	Yearly    Compounding = 1
	Quarterly Compounding = 4
	Monthly   Compounding = 12
	Daily     Compounding = 365
)

func (c Compounding) String() string {
	switch c {
	case Yearly:
		return "yearly"
	case Quarterly:
		return "quarterly"
	case Monthly:
		return "monthly"
	case Daily:
		return "daily"
	}
	return fmt.Sprintf("%d/yr", int(c))
}

// Compound returns the balance after the given number of years,
// rounding to whole cents at every compounding period, as a bank would.
func Compound(principalCents int64, rate float64, c Compounding, years int) int64 {
	bal := principalCents
	periodRate := rate / float64(c)
	for range years * int(c) {
		interest := int64(math.Round(float64(bal) * periodRate))
		bal += interest
	}
	return bal
}

// Continuous is the textbook limit P*e^(rt), for comparison.
func Continuous(principalCents int64, rate float64, years int) float64 {
	return float64(principalCents) * math.Exp(rate*float64(years))
}

func cents(c int64) string {
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

func main() {
	const principal = 1_000_000 // 10,000.00
	const rate = 0.05

	fmt.Printf("Principal %s at %.1f%% for 10 years\n", cents(principal), rate*100)
	for _, c := range []Compounding{Yearly, Quarterly, Monthly, Daily} {
		bal := Compound(principal, rate, c, 10)
		fmt.Printf("  %-10v %12s  (interest %s)\n", c, cents(bal), cents(bal-principal))
	}
	fmt.Printf("  %-10s %12.2f\n", "continuous", Continuous(principal, rate, 10)/100)

	fmt.Println("Year-by-year, monthly compounding:")
	bal := int64(principal)
	for year := 1; year <= 5; year++ {
		start := bal
		bal = Compound(bal, rate, Monthly, 1)
		fmt.Printf("  year %d: %10s -> %10s  +%s\n", year, cents(start), cents(bal), cents(bal-start))
	}

	// Rule of 72 versus the exact doubling time.
	for _, r := range []float64{0.03, 0.06, 0.09} {
		exact := math.Log(2) / math.Log(1+r)
		fmt.Printf("rate %4.1f%%: rule of 72 = %5.2f years, exact = %5.2f years\n", r*100, 72/(r*100), exact)
	}

	// Simple daily interest on a varying balance (average daily balance method).
	daily := []int64{50000, 50000, 50000, 120000, 120000, 80000, 80000, 80000, 80000, 80000}
	var total int64
	for _, b := range daily {
		total += b
	}
	avg := float64(total) / float64(len(daily))
	interest := avg * 0.12 / 365 * float64(len(daily))
	fmt.Printf("average daily balance %.2f, interest for %d days at 12%%: %.4f\n", avg/100, len(daily), interest/100)
	fmt.Println(Compounding(2))
}
