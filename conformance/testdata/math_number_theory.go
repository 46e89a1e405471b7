package main

import (
	"errors"
	"fmt"
	"strings"
)

type Factor struct{ Prime, Exp int }

type Factors []Factor

func (fs Factors) String() string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = fmt.Sprint(f.Prime)
		if f.Exp > 1 {
			parts[i] += fmt.Sprintf("^%d", f.Exp)
		}
	}
	return strings.Join(parts, " * ")
}

func factorize(n int) Factors {
	var fs Factors
	for p := 2; p*p <= n; p++ {
		if n%p == 0 {
			f := Factor{Prime: p}
			for n%p == 0 {
				n /= p
				f.Exp++
			}
			fs = append(fs, f)
		}
	}
	if n > 1 {
		fs = append(fs, Factor{n, 1})
	}
	return fs
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

// extGCD returns g, x, y with a*x + b*y = g.
func extGCD(a, b int) (g, x, y int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extGCD(b, a%b)
	return g, y1, x1 - (a/b)*y1
}

type NotInvertibleError struct{ A, M, G int }

func (e *NotInvertibleError) Error() string {
	return fmt.Sprintf("%d has no inverse mod %d (gcd=%d)", e.A, e.M, e.G)
}

func modInverse(a, m int) (int, error) {
	g, x, _ := extGCD(a, m)
	if g != 1 {
		return 0, &NotInvertibleError{a, m, g}
	}
	return ((x % m) + m) % m, nil
}

func main() {
	for _, n := range []int{2, 12, 97, 360, 1001, 65536, 123456789, 600851475143} {
		fmt.Printf("%12d = %v\n", n, factorize(n))
	}
	for _, p := range [][2]int{{48, 18}, {17, 5}, {270, 192}, {1071, 462}, {35, 64}} {
		a, b := p[0], p[1]
		g, x, y := extGCD(a, b)
		fmt.Printf("gcd(%d,%d)=%d (ext %d) lcm=%d  %d*(%d) + %d*(%d) = %d\n", a, b, gcd(a, b), g, lcm(a, b), a, x, b, y, a*x+b*y)
	}
	for _, c := range [][2]int{{3, 11}, {10, 17}, {6, 9}, {7, 26}, {4, 8}} {
		inv, err := modInverse(c[0], c[1])
		var nie *NotInvertibleError
		switch {
		case errors.As(err, &nie):
			fmt.Printf("error: %v [gcd field %d]\n", err, nie.G)
		case err == nil:
			fmt.Printf("%d^-1 mod %d = %d (check %d)\n", c[0], c[1], inv, c[0]*inv%c[1])
		}
	}
	total := 1
	for i := 1; i <= 20; i++ {
		total = lcm(total, i)
	}
	fmt.Println("lcm(1..20) =", total)
}
