package main

import (
	"fmt"
	"math/big"
)

// fibIter returns F(0..n) computed iteratively.
func fibIter(n int) []*big.Int {
	fs := make([]*big.Int, n+1)
	fs[0] = big.NewInt(0)
	if n > 0 {
		fs[1] = big.NewInt(1)
	}
	for i := 2; i <= n; i++ {
		fs[i] = new(big.Int).Add(fs[i-1], fs[i-2])
	}
	return fs
}

// fibDoubling uses F(2k) = F(k)(2F(k+1)-F(k)), F(2k+1) = F(k)^2 + F(k+1)^2.
func fibDoubling(n uint) (*big.Int, *big.Int) {
	if n == 0 {
		return big.NewInt(0), big.NewInt(1)
	}
	a, b := fibDoubling(n / 2)
	t := new(big.Int).Lsh(b, 1)
	t.Sub(t, a)
	c := new(big.Int).Mul(a, t)
	d := new(big.Int).Mul(a, a)
	d.Add(d, new(big.Int).Mul(b, b))
	if n%2 == 0 {
		return c, d
	}
	return d, c.Add(c, d)
}

func main() {
	fs := fibIter(300)
	for _, n := range []int{10, 50, 93, 94, 100, 200, 300} {
		fmt.Printf("F(%3d) = %s\n", n, fs[n])
	}
	fmt.Println("F(93) fits in uint64:", fs[93].IsUint64(), " F(94):", fs[94].IsUint64())

	f1000, _ := fibDoubling(1000)
	s := f1000.String()
	fmt.Printf("F(1000) has %d digits: %s...%s\n", len(s), s[:12], s[len(s)-12:])

	// Golden ratio from consecutive ratios using 120-bit floats.
	const prec = 120
	five := new(big.Float).SetPrec(prec).SetInt64(5)
	phi := new(big.Float).SetPrec(prec).Sqrt(five)
	phi.Add(phi, big.NewFloat(1).SetPrec(prec))
	phi.Quo(phi, big.NewFloat(2).SetPrec(prec))
	fmt.Println("phi        =", phi.Text('f', 32))
	for _, n := range []int{10, 20, 40, 80} {
		r := new(big.Float).SetPrec(prec).SetInt(fs[n+1])
		r.Quo(r, new(big.Float).SetPrec(prec).SetInt(fs[n]))
		diff := new(big.Float).SetPrec(prec).Sub(r, phi)
		fmt.Printf("F(%d)/F(%d) = %s  diff %s\n", n+1, n, r.Text('f', 32), diff.Text('e', 3))
	}

	// Cassini's identity F(n-1)F(n+1) - F(n)^2 = (-1)^n.
	ok := true
	for n := 1; n < 300; n++ {
		l := new(big.Int).Mul(fs[n-1], fs[n+1])
		l.Sub(l, new(big.Int).Mul(fs[n], fs[n]))
		want := int64(1)
		if n%2 == 1 {
			want = -1
		}
		if l.Int64() != want {
			ok = false
		}
	}
	fmt.Println("Cassini identity holds for n < 300:", ok)

	// gcd(F(m), F(n)) = F(gcd(m, n)).
	pairs := [][2]int{{12, 18}, {100, 75}, {210, 280}, {97, 89}}
	for _, p := range pairs {
		g := new(big.Int).GCD(nil, nil, fs[p[0]], fs[p[1]])
		k := new(big.Int).GCD(nil, nil, big.NewInt(int64(p[0])), big.NewInt(int64(p[1])))
		fmt.Printf("gcd(F(%d),F(%d)) = %s = F(%d): %v\n", p[0], p[1], g, k.Int64(), g.Cmp(fs[k.Int64()]) == 0)
	}

	// Pisano period modulo small m.
	for _, m := range []int64{2, 3, 5, 10, 100} {
		a, b, period := int64(0), int64(1), 0
		for {
			a, b = b, (a+b)%m
			period++
			if a == 0 && b == 1 {
				break
			}
		}
		fmt.Printf("Pisano period mod %3d = %d\n", m, period)
	}
}
