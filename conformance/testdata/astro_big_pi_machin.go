package main

import (
	"fmt"
	"math/big"
	"strings"
)

// arctanInv computes arctan(1/x) * 10^digits as a fixed point big.Int
// using the Taylor series 1/x - 1/(3x^3) + 1/(5x^5) - ...
func arctanInv(x int64, unity *big.Int) *big.Int {
	sum := new(big.Int)
	xBig := big.NewInt(x)
	x2 := big.NewInt(x * x)
	power := new(big.Int).Quo(unity, xBig) // unity / x^(2k+1)
	term := new(big.Int)
	for k := int64(0); power.Sign() != 0; k++ {
		term.Quo(power, big.NewInt(2*k+1))
		if k%2 == 0 {
			sum.Add(sum, term)
		} else {
			sum.Sub(sum, term)
		}
		power.Quo(power, x2)
	}
	return sum
}

// machinPi returns pi to the given number of decimal digits.
func machinPi(digits int) string {
	guard := 10
	unity := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(digits+guard)), nil)
	pi := new(big.Int).Mul(big.NewInt(16), arctanInv(5, unity))
	pi.Sub(pi, new(big.Int).Mul(big.NewInt(4), arctanInv(239, unity)))
	pi.Quo(pi, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(guard)), nil))
	s := pi.String()
	return s[:1] + "." + s[1:]
}

// eulerE sums 1/k! with fixed point arithmetic.
func eulerE(digits int) string {
	guard := 10
	unity := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(digits+guard)), nil)
	sum := new(big.Int).Set(unity)
	term := new(big.Int).Set(unity)
	for k := int64(1); term.Sign() != 0; k++ {
		term.Quo(term, big.NewInt(k))
		sum.Add(sum, term)
	}
	sum.Quo(sum, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(guard)), nil))
	s := sum.String()
	return s[:1] + "." + s[1:]
}

func groups(s string, size int) string {
	intPart, frac, _ := strings.Cut(s, ".")
	var parts []string
	for len(frac) > size {
		parts = append(parts, frac[:size])
		frac = frac[size:]
	}
	parts = append(parts, frac)
	return intPart + "." + strings.Join(parts, " ")
}

// printBlock prints the digits in groups of ten, four groups per line.
func printBlock(s string) {
	g := strings.Fields(groups(s, 10))
	for i := 0; i < len(g); i += 4 {
		fmt.Println("  " + strings.Join(g[i:min(i+4, len(g))], " "))
	}
}

func main() {
	const digits = 120
	pi := machinPi(digits)
	e := eulerE(digits)
	fmt.Println("pi (Machin) to", digits, "digits:")
	printBlock(pi)
	fmt.Println("e to", digits, "digits:")
	printBlock(e)

	// Digit frequency in the first 120 decimals of pi.
	var freq [10]int
	for _, ch := range pi[2:] {
		freq[ch-'0']++
	}
	fmt.Println("digit counts in pi decimals:")
	for d, n := range freq {
		fmt.Printf("  %d: %2d %s\n", d, n, strings.Repeat("*", n))
	}

	// Compare with big.Float at 400 bits of precision.
	f, _, _ := big.ParseFloat(pi, 10, 400, big.ToNearestEven)
	approx := new(big.Float).SetPrec(400).Quo(big.NewFloat(355), big.NewFloat(113))
	diff := new(big.Float).Sub(approx, f)
	fmt.Printf("355/113 - pi = %.6e\n", diff)
}
