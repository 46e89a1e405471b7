package main

import (
	"fmt"
	"maps"
	"math"
	"math/big"
	"slices"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func harmonic(n int64) *big.Rat {
	sum := new(big.Rat)
	for k := int64(1); k <= n; k++ {
		sum.Add(sum, big.NewRat(1, k))
	}
	return sum
}

func main() {
	fmt.Printf("Pi=%.10f E=%.10f Sqrt2=%.10f Phi=%.10f\n", math.Pi, math.E, math.Sqrt2, math.Phi)
	funcs := map[string]func(float64) float64{
		"sqrt":  math.Sqrt,
		"cbrt":  math.Cbrt,
		"exp":   math.Exp,
		"log":   math.Log,
		"log2":  math.Log2,
		"log10": math.Log10,
		"sin":   math.Sin,
		"abs":   math.Abs,
		"floor": math.Floor,
		"ceil":  math.Ceil,
		"round": math.Round,
		"trunc": math.Trunc,
	}
	for _, name := range slices.Sorted(maps.Keys(funcs)) {
		f := funcs[name]
		fmt.Printf("%-6s f(-2.5)=%-9.4g f(8)=%-9.4g f(0.5)=%.4g\n", name, f(-2.5), f(8), f(0.5))
	}
	fmt.Println("Pow(2,10):", math.Pow(2, 10), "Hypot(3,4):", math.Hypot(3, 4), "Mod(7,3):", math.Mod(7, 3))
	fmt.Println("RoundToEven(2.5):", math.RoundToEven(2.5), "Remainder(7,3):", math.Remainder(7, 3))
	inf, nan := math.Inf(1), math.NaN()
	fmt.Println("Inf:", inf, -inf, "IsInf:", math.IsInf(inf, 1), "NaN:", nan, "NaN==NaN:", nan == nan, "IsNaN:", math.IsNaN(nan))
	fmt.Println("MaxInt64:", math.MaxInt64, "MinInt64:", math.MinInt64, "MaxUint32:", math.MaxUint32)
	fmt.Println("MaxFloat64:", math.MaxFloat64, "SmallestNonzero:", math.SmallestNonzeroFloat64)
	fmt.Printf("Float64bits(1.0)=%#016x Float32bits(-2)=%#08x\n", math.Float64bits(1.0), math.Float32bits(-2))
	frac, exp := math.Frexp(40)
	ip, fp := math.Modf(3.75)
	fmt.Println("Frexp(40):", frac, exp, "Modf(3.75):", ip, fp)
	a, b := 0.1, 0.2
	fmt.Println("0.1+0.2 == 0.3:", a+b == 0.3, "close:", math.Abs(a+b-0.3) < 1e-9, "sum:", a+b)
	fmt.Println("Nextafter(1,2)-1:", math.Nextafter(1, 2)-1, "Copysign(3,-1):", math.Copysign(3, -1))

	for _, n := range []int64{10, 25, 50} {
		fmt.Printf("%d! = %s\n", n, factorial(n))
	}
	f100 := fib(100)
	fmt.Println("fib(100) =", f100, "bits:", f100.BitLen())

	m := new(big.Int).Lsh(big.NewInt(1), 127)
	m.Sub(m, big.NewInt(1))
	fmt.Println("2^127-1 =", m, "prime:", m.ProbablyPrime(20))
	fmt.Println("2^127-1 in hex:", m.Text(16), "digits:", len(m.String()))
	mod := big.NewInt(1_000_000_007)
	fmt.Println("3^1000 mod 1e9+7 =", new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), mod))
	x, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	y, _ := new(big.Int).SetString("987654321098765432109876543210", 10)
	fmt.Println("x*y =", new(big.Int).Mul(x, y))
	fmt.Println("gcd(x,y) =", new(big.Int).GCD(nil, nil, x, y), "cmp:", x.Cmp(y), "sign of -x:", new(big.Int).Neg(x).Sign())
	q, r := new(big.Int).QuoRem(y, x, new(big.Int))
	fmt.Println("y / x =", q, "remainder", r)

	h := harmonic(10)
	fmt.Println("H(10) =", h, "≈", h.FloatString(8))
	third := big.NewRat(1, 3)
	fmt.Println("1/3 + 1/6 =", new(big.Rat).Add(third, big.NewRat(1, 6)))

	two := new(big.Float).SetPrec(200).SetInt64(2)
	sqrt2 := new(big.Float).SetPrec(200).Sqrt(two)
	fmt.Println("sqrt(2) to 50 places:", sqrt2.Text('f', 50))
	fl, acc := sqrt2.Float64()
	fmt.Println("as float64:", fl, "accuracy:", acc)
}
