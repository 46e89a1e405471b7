package main

import (
	"errors"
	"fmt"
)

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

// extGCD returns g, x, y with a*x + b*y = g = gcd(a, b).
func extGCD(a, b int) (g, x, y int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extGCD(b, a%b)
	return g, y1, x1 - (a/b)*y1
}

var errNoInverse = errors.New("no modular inverse")

func modInverse(a, m int) (int, error) {
	g, x, _ := extGCD(((a%m)+m)%m, m)
	if g != 1 {
		return 0, fmt.Errorf("%d mod %d: %w (gcd %d)", a, m, errNoInverse, g)
	}
	return ((x % m) + m) % m, nil
}

func powMod(base, exp, mod int) int {
	result := 1 % mod
	base %= mod
	for exp > 0 {
		if exp&1 == 1 {
			result = result * base % mod
		}
		base = base * base % mod
		exp >>= 1
	}
	return result
}

// crt solves x = r[i] (mod m[i]) for pairwise coprime moduli.
func crt(r, m []int) (int, int, error) {
	x, mod := 0, 1
	for i := range r {
		inv, err := modInverse(mod, m[i])
		if err != nil {
			return 0, 0, err
		}
		// x + mod*t = r[i] (mod m[i])  =>  t = (r[i]-x) * inv
		t := ((r[i]-x)%m[i] + m[i]) % m[i] * inv % m[i]
		x += mod * t
		mod *= m[i]
	}
	return x % mod, mod, nil
}

func main() {
	primes := sieve(100)
	fmt.Printf("%d primes up to 100: %v\n", len(primes), primes)

	for _, p := range [][2]int{{240, 46}, {99, 78}, {17, 5}, {1071, 462}} {
		g, x, y := extGCD(p[0], p[1])
		fmt.Printf("gcd(%d,%d)=%d  %d*%d + %d*%d = %d\n", p[0], p[1], g, p[0], x, p[1], y, p[0]*x+p[1]*y)
	}

	for _, q := range [][2]int{{3, 11}, {10, 17}, {6, 9}, {-4, 7}} {
		inv, err := modInverse(q[0], q[1])
		if errors.Is(err, errNoInverse) {
			fmt.Println("inverse:", err)
			continue
		}
		fmt.Printf("inverse of %d mod %d = %d (check %d)\n", q[0], q[1], inv, ((q[0]*inv)%q[1]+q[1])%q[1])
	}

	fmt.Println("2^10 mod 1000 =", powMod(2, 10, 1000))
	fmt.Println("3^200 mod 13 =", powMod(3, 200, 13))
	fmt.Println("7^(p-1) mod p for p=101:", powMod(7, 100, 101))
	fmt.Println("fermat inverse of 10 mod 17:", powMod(10, 15, 17))

	x, mod, err := crt([]int{2, 3, 2}, []int{3, 5, 7})
	fmt.Println("crt x=2(3), 3(5), 2(7):", x, "mod", mod, err)
	x, mod, err = crt([]int{1, 4, 6}, []int{5, 7, 11})
	fmt.Println("crt x=1(5), 4(7), 6(11):", x, "mod", mod, err)
	_, _, err = crt([]int{1, 2}, []int{4, 6})
	fmt.Println("crt with non-coprime moduli:", err)
}
