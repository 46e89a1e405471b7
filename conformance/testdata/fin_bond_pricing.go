package main

import (
	"errors"
	"fmt"
	"math"
)

type Bond struct {
	Name      string
	Face      float64
	CouponPct float64 // annual coupon rate, percent
	Years     int
	Freq      int // payments per year
}

func (b Bond) cashflows() []float64 {
	n := b.Years * b.Freq
	c := b.Face * b.CouponPct / 100 / float64(b.Freq)
	cf := make([]float64, n)
	for i := range cf {
		cf[i] = c
	}
	cf[n-1] += b.Face
	return cf
}

// Price discounts cash flows at annual yield y (compounded Freq times per year).
func (b Bond) Price(y float64) float64 {
	r := y / float64(b.Freq)
	p := 0.0
	for i, c := range b.cashflows() {
		p += c / math.Pow(1+r, float64(i+1))
	}
	return p
}

// Durations returns Macaulay and modified duration in years, and convexity.
func (b Bond) Durations(y float64) (mac, mod, conv float64) {
	r := y / float64(b.Freq)
	f := float64(b.Freq)
	price := b.Price(y)
	for i, c := range b.cashflows() {
		t := float64(i + 1)
		pv := c / math.Pow(1+r, t)
		mac += t / f * pv
		conv += pv * t * (t + 1) / (f * f * (1 + r) * (1 + r))
	}
	mac /= price
	mod = mac / (1 + r)
	conv /= price
	return
}

var (
	ErrNoConverge = errors.New("yield solver did not converge")
	ErrOutOfRange = errors.New("price outside solvable yield range")
)

// YieldToMaturity solves Price(y) = target with bisection.
func (b Bond) YieldToMaturity(target float64) (float64, int, error) {
	lo, hi := -0.05, 1.0
	if target > b.Price(lo) || target < b.Price(hi) {
		return 0, 0, fmt.Errorf("%s at %.2f: %w", b.Name, target, ErrOutOfRange)
	}
	for i := 1; i <= 200; i++ {
		mid := (lo + hi) / 2
		if b.Price(mid) > target {
			lo = mid
		} else {
			hi = mid
		}
		if hi-lo < 1e-10 {
			return (lo + hi) / 2, i, nil
		}
	}
	return 0, 200, ErrNoConverge
}

func main() {
	bonds := []Bond{
		{"UST 2Y 4.50", 1000, 4.5, 2, 2},
		{"UST 10Y 4.00", 1000, 4.0, 10, 2},
		{"CORP 5Y 6.25", 1000, 6.25, 5, 2},
		{"ZERO 7Y", 1000, 0, 7, 1},
		{"MUNI 20Y 3.00", 5000, 3.0, 20, 2},
	}
	const y = 0.045
	fmt.Printf("market yield %.2f%%\n", y*100)
	fmt.Printf("%-14s %10s %8s %8s %9s %8s\n", "bond", "price", "% par", "macD", "modD", "convex")
	for _, b := range bonds {
		p := b.Price(y)
		mac, mod, conv := b.Durations(y)
		fmt.Printf("%-14s %10.4f %8.3f %8.4f %9.4f %8.3f\n", b.Name, p, p/b.Face*100, mac, mod, conv)
	}

	fmt.Println("\nrate shock +/-100bp on UST 10Y:")
	b := bonds[1]
	p0 := b.Price(y)
	_, mod, conv := b.Durations(y)
	for _, dy := range []float64{-0.01, -0.0025, 0.0025, 0.01} {
		actual := b.Price(y+dy) - p0
		approx := p0 * (-mod*dy + 0.5*conv*dy*dy)
		durOnly := p0 * (-mod * dy)
		fmt.Printf("  %+6.0fbp actual %+9.4f  dur-only %+9.4f  dur+convexity %+9.4f\n", dy*1e4, actual, durOnly, approx)
	}

	fmt.Println("\nyield to maturity from quoted prices:")
	quotes := []struct {
		b     Bond
		price float64
	}{
		{bonds[0], 1001.25}, {bonds[2], 1052.80}, {bonds[3], 700.00}, {bonds[1], 880.50},
	}
	for _, q := range quotes {
		ytm, iters, err := q.b.YieldToMaturity(q.price)
		if err != nil {
			fmt.Println(" ", q.b.Name, err)
			continue
		}
		fmt.Printf("  %-14s @ %8.2f -> ytm %.4f%% (%d iterations, reprice %.4f)\n",
			q.b.Name, q.price, ytm*100, iters, q.b.Price(ytm))
	}
	if _, _, err := bonds[0].YieldToMaturity(5000); errors.Is(err, ErrOutOfRange) {
		fmt.Println("  error:", err)
	}
}
