package main

import (
	"fmt"
	"math"
	"math/big"
)

// ratPow computes base^n exactly for non-negative n.
func ratPow(base *big.Rat, n int) *big.Rat {
	result := big.NewRat(1, 1)
	b := new(big.Rat).Set(base)
	for n > 0 {
		if n&1 == 1 {
			result.Mul(result, b)
		}
		b.Mul(b, b)
		n >>= 1
	}
	return result
}

// roundTo rounds r to places decimals using banker's rounding (half to even).
func roundTo(r *big.Rat, places int) *big.Rat {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	scaled := new(big.Rat).Mul(r, new(big.Rat).SetInt(scale))
	q, m := new(big.Int).QuoRem(scaled.Num(), scaled.Denom(), new(big.Int))
	twice := new(big.Int).Mul(new(big.Int).Abs(m), big.NewInt(2))
	switch twice.Cmp(scaled.Denom()) {
	case 1:
		q.Add(q, big.NewInt(int64(scaled.Sign())))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(int64(scaled.Sign())))
		}
	}
	return new(big.Rat).SetFrac(q, scale)
}

func compound(principal, annualRate *big.Rat, periodsPerYear, years int) *big.Rat {
	periodic := new(big.Rat).Quo(annualRate, big.NewRat(int64(periodsPerYear), 1))
	factor := new(big.Rat).Add(big.NewRat(1, 1), periodic)
	return new(big.Rat).Mul(principal, ratPow(factor, periodsPerYear*years))
}

func main() {
	principal, _ := new(big.Rat).SetString("10000.00")
	rate, _ := new(big.Rat).SetString("0.05")

	fmt.Println("$10,000 at 5% for 10 years:")
	for _, p := range []struct {
		name string
		n    int
	}{{"annual", 1}, {"semiannual", 2}, {"quarterly", 4}, {"monthly", 12}, {"daily", 365}} {
		exact := compound(principal, rate, p.n, 10)
		fmt.Printf("  %-10s %s\n", p.name, roundTo(exact, 2).FloatString(2))
	}
	cont := 10000 * math.Exp(0.05*10)
	fmt.Printf("  %-10s %.2f (float64)\n", "continuous", cont)

	// exactness: monthly compounding for 1 year, show digits of the denominator
	one := compound(principal, rate, 12, 1)
	fmt.Printf("exact 1y monthly value has %d-digit denominator\n", len(one.Denom().String()))
	fmt.Println("  to 12 places:", one.FloatString(12))

	// effective annual rate
	for _, n := range []int{1, 4, 12, 365} {
		f := ratPow(new(big.Rat).Add(big.NewRat(1, 1), new(big.Rat).Quo(rate, big.NewRat(int64(n), 1))), n)
		ear := new(big.Rat).Sub(f, big.NewRat(1, 1))
		ear.Mul(ear, big.NewRat(100, 1))
		fmt.Printf("EAR with n=%-3d %s%%\n", n, ear.FloatString(6))
	}

	// banker's rounding vs float rounding
	for _, s := range []string{"2.345", "2.355", "-1.005", "0.125", "0.135", "1234.5650"} {
		r, _ := new(big.Rat).SetString(s)
		f, _ := r.Float64()
		fmt.Printf("%-10s half-even=%s  math.Round=%.2f\n", s, roundTo(r, 2).FloatString(2), math.Round(f*100)/100)
	}

	// savings plan: deposit $250 at end of each month at 4.2% for 5 years
	deposit := big.NewRat(250, 1)
	mr := new(big.Rat).Quo(big.NewRat(42, 1000), big.NewRat(12, 1))
	bal := new(big.Rat)
	for m := 1; m <= 60; m++ {
		interest := roundTo(new(big.Rat).Mul(bal, mr), 2)
		bal.Add(bal, interest)
		bal.Add(bal, deposit)
		if m%12 == 0 {
			fmt.Printf("year %d balance: %s\n", m/12, bal.FloatString(2))
		}
	}
	contributed := new(big.Rat).Mul(deposit, big.NewRat(60, 1))
	fmt.Printf("contributed %s, interest earned %s\n", contributed.FloatString(2),
		new(big.Rat).Sub(bal, contributed).FloatString(2))
}
