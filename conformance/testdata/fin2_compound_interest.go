package main

import (
	"fmt"
	"math"
	"sort"
)

type Compounding int

const (
	Annually Compounding = iota
	Quarterly
	Monthly
	Daily
)

func (c Compounding) String() string {
	switch c {
	case Annually:
		return "annually"
	case Quarterly:
		return "quarterly"
	case Monthly:
		return "monthly"
	case Daily:
		return "daily"
	}
	return fmt.Sprintf("Compounding(%d)", int(c))
}

func (c Compounding) PeriodsPerYear() int {
	return [...]int{1, 4, 12, 365}[c]
}

// FutureValue returns the value in cents after years, rounded.
func FutureValue(cents int64, rate float64, years int, c Compounding) int64 {
	n := float64(c.PeriodsPerYear())
	v := float64(cents) * math.Pow(1+rate/n, n*float64(years))
	return int64(math.Round(v))
}

func fmtCents(c int64) string {
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

func main() {
	principal := int64(1000000)
	rate := 0.05
	results := map[Compounding]int64{}
	for c := Annually; c <= Daily; c++ {
		results[c] = FutureValue(principal, rate, 10, c)
	}
	keys := make([]Compounding, 0, len(results))
	for k := range results {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	fmt.Println("10000.00 at 5% for 10 years:")
	for _, k := range keys {
		gain := results[k] - principal
		fmt.Printf("  %-10s %12s (gain %s)\n", k, fmtCents(results[k]), fmtCents(gain))
	}

	// Savings plan: monthly deposits with monthly compounding.
	balance := int64(0)
	deposit := int64(25000)
	monthly := rate / 12
	for m := 1; m <= 36; m++ {
		balance += deposit
		balance += int64(math.Round(float64(balance) * monthly))
		if m%12 == 0 {
			fmt.Printf("after year %d: %s (deposited %s)\n", m/12, fmtCents(balance), fmtCents(deposit*int64(m)))
		}
	}

	// Rule of 72 versus exact doubling time.
	for _, r := range []float64{0.03, 0.06, 0.09, 0.12} {
		exact := math.Log(2) / math.Log(1+r)
		fmt.Printf("rate %4.1f%%: rule72=%5.2f exact=%5.2f\n", r*100, 72/(r*100), exact)
	}
	fmt.Println(Compounding(7))
}
