package main

import (
	"fmt"
	"math/big"
)

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func gcdRec(a, b int64) int64 {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func lcm(a, b int64) int64 { return a / gcd(a, b) * b }

// extGCD returns g, x, y with a*x + b*y = g.
func extGCD(a, b int64) (g, x, y int64) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extGCD(b, a%b)
	return g, y1, x1 - (a/b)*y1
}

func modInverse(a, m int64) (int64, bool) {
	g, x, _ := extGCD(a, m)
	if g != 1 {
		return 0, false
	}
	return ((x % m) + m) % m, true
}

// modPow computes base^exp mod m by square-and-multiply.
func modPow(base, exp, m uint64) uint64 {
	result := uint64(1) % m
	base %= m
	for exp > 0 {
		if exp&1 == 1 {
			result = result * base % m
		}
		base = base * base % m
		exp >>= 1
	}
	return result
}

func fermatProbablePrime(n uint64, bases []uint64) bool {
	for _, a := range bases {
		if a%n == 0 {
			continue
		}
		if modPow(a, n-1, n) != 1 {
			return false
		}
	}
	return true
}

func main() {
	pairs := [][2]int64{{48, 18}, {1071, 462}, {270, 192}, {17, 5}, {123456, 7890}}
	for _, p := range pairs {
		g := gcd(p[0], p[1])
		_, x, y := extGCD(p[0], p[1])
		fmt.Printf("gcd(%6d,%5d) = %3d  rec=%3d  lcm=%9d  %d*%d + %d*%d = %d\n",
			p[0], p[1], g, gcdRec(p[0], p[1]), lcm(p[0], p[1]), p[0], x, p[1], y, p[0]*x+p[1]*y)
	}

	l := int64(1)
	for k := int64(1); k <= 20; k++ {
		l = lcm(l, k)
	}
	fmt.Println("lcm(1..20) =", l)

	for _, a := range []int64{3, 7, 10, 12} {
		if inv, ok := modInverse(a, 26); ok {
			fmt.Printf("%d^-1 mod 26 = %d (check %d)\n", a, inv, a*inv%26)
		} else {
			fmt.Printf("%d has no inverse mod 26\n", a)
		}
	}

	fmt.Println("modPow:", modPow(2, 10, 1000), modPow(3, 200, 1000003), modPow(7, 1<<20, 13))
	// Cross-check with math/big.
	b := new(big.Int).Exp(big.NewInt(3), big.NewInt(200), big.NewInt(1000003))
	fmt.Println("big.Int.Exp agrees:", b.Uint64() == modPow(3, 200, 1000003))

	bases := []uint64{2, 3, 5, 7}
	fmt.Print("Fermat test (bases 2,3,5,7):")
	for _, n := range []uint64{97, 561, 1105, 7919, 8911, 104729} {
		fmt.Printf(" %d:%v", n, fermatProbablePrime(n, bases))
	}
	fmt.Println()
	fmt.Println("561 = 3*11*17 fools base 2:", modPow(2, 560, 561) == 1)

	// Toy RSA with small primes.
	p, q := uint64(61), uint64(53)
	n := p * q
	phi := (p - 1) * (q - 1)
	e := uint64(17)
	d, _ := modInverse(int64(e), int64(phi))
	fmt.Printf("RSA: n=%d phi=%d e=%d d=%d\n", n, phi, e, d)
	msg := []uint64{72, 101, 108, 108, 111} // "Hello"
	var dec []byte
	fmt.Print("cipher:")
	for _, m := range msg {
		c := modPow(m, e, n)
		fmt.Print(" ", c)
		dec = append(dec, byte(modPow(c, uint64(d), n)))
	}
	fmt.Printf("\ndecrypted: %q\n", dec)

	// Euler's totient by counting coprimes, and Euler's theorem.
	for _, m := range []int64{9, 10, 36, 97} {
		t := int64(0)
		for k := int64(1); k <= m; k++ {
			if gcd(k, m) == 1 {
				t++
			}
		}
		fmt.Printf("phi(%d)=%d, 5^phi mod %d = %d\n", m, t, m, modPow(5, uint64(t), uint64(m)))
	}
}
