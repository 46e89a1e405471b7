package main

import (
	"fmt"
	"math/big"
	"sort"
	"strings"
)

type Currency string

const (
	USD Currency = "USD"
	EUR Currency = "EUR"
	GBP Currency = "GBP"
	JPY Currency = "JPY"
	CHF Currency = "CHF"
)

// minor units per currency
var decimals = map[Currency]int{USD: 2, EUR: 2, GBP: 2, JPY: 0, CHF: 2}

// rates quoted as units of currency per 1 USD, as exact decimal strings
var perUSD = map[Currency]string{
	USD: "1",
	EUR: "0.9215",
	GBP: "0.7893",
	JPY: "151.37",
	CHF: "0.8842",
}

type Amount struct {
	Minor int64
	Cur   Currency
}

func (a Amount) String() string {
	d := decimals[a.Cur]
	if d == 0 {
		return fmt.Sprintf("%d %s", a.Minor, a.Cur)
	}
	scale := int64(1)
	for i := 0; i < d; i++ {
		scale *= 10
	}
	return fmt.Sprintf("%d.%0*d %s", a.Minor/scale, d, a.Minor%scale, a.Cur)
}

func rate(from, to Currency) *big.Rat {
	f, _ := new(big.Rat).SetString(perUSD[from])
	t, _ := new(big.Rat).SetString(perUSD[to])
	return new(big.Rat).Quo(t, f)
}

func pow10(n int) *big.Rat {
	return new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil))
}

// Convert converts using exact rationals and rounds half away from zero.
func Convert(a Amount, to Currency) Amount {
	major := new(big.Rat).Quo(new(big.Rat).SetInt64(a.Minor), pow10(decimals[a.Cur]))
	conv := new(big.Rat).Mul(major, rate(a.Cur, to))
	minor := new(big.Rat).Mul(conv, pow10(decimals[to]))
	s := minor.FloatString(0) // FloatString rounds half away from zero
	var n int64
	fmt.Sscan(s, &n)
	return Amount{Minor: n, Cur: to}
}

func main() {
	curs := make([]Currency, 0, len(perUSD))
	for c := range perUSD {
		curs = append(curs, c)
	}
	sort.Slice(curs, func(i, j int) bool { return curs[i] < curs[j] })

	fmt.Printf("%-4s", "")
	for _, c := range curs {
		fmt.Printf("%12s", c)
	}
	fmt.Println()
	for _, from := range curs {
		fmt.Printf("%-4s", from)
		for _, to := range curs {
			f, _ := rate(from, to).Float64()
			fmt.Printf("%12.6f", f)
		}
		fmt.Println()
	}
	fmt.Println(strings.Repeat("-", 64))

	amounts := []Amount{{250000, USD}, {1999, EUR}, {1500000, JPY}, {12345, GBP}}
	for _, a := range amounts {
		var parts []string
		for _, to := range curs {
			if to == a.Cur {
				continue
			}
			parts = append(parts, Convert(a, to).String())
		}
		fmt.Printf("%s => %s\n", a, strings.Join(parts, ", "))
	}

	// round trip loss
	start := Amount{100, USD}
	cur := start
	path := []Currency{EUR, JPY, GBP, CHF, USD}
	for _, c := range path {
		cur = Convert(cur, c)
		fmt.Printf("  -> %s\n", cur)
	}
	fmt.Printf("round trip difference: %d cents\n", cur.Minor-start.Minor)
}
