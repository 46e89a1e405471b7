package main

import (
	"fmt"
	"math"
	"math/big"
)

// floorDiv and floorMod follow the mathematical convention where the
// remainder takes the sign of the divisor.
func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int) int {
	m := a % b
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	}
	return m
}

// euclidMod always returns a non-negative remainder.
func euclidMod(a, b int) int {
	m := a % b
	if m < 0 {
		if b < 0 {
			m -= b
		} else {
			m += b
		}
	}
	return m
}

func main() {
	pairs := [][2]int{{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {6, 3}, {-6, 3}, {0, -5}}
	fmt.Printf("%4s %4s | %5s %5s | %6s %6s | %5s\n", "a", "b", "a/b", "a%b", "floorD", "floorM", "eucl")
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%4d %4d | %5d %5d | %6d %6d | %5d\n",
			a, b, a/b, a%b, floorDiv(a, b), floorMod(a, b), euclidMod(a, b))
		if (a/b)*b+a%b != a {
			fmt.Println("identity broken!")
		}
	}

	// Compare with math/big which offers both conventions.
	x, y := big.NewInt(-7), big.NewInt(3)
	q, r := new(big.Int), new(big.Int)
	q.QuoRem(x, y, r)
	fmt.Println("big QuoRem(-7, 3):", q, r)
	q.DivMod(x, y, r)
	fmt.Println("big DivMod(-7, 3):", q, r)
	q.DivMod(big.NewInt(-7), big.NewInt(-3), r)
	fmt.Println("big DivMod(-7, -3):", q, r)

	fmt.Println("math.Mod(-7, 3):", math.Mod(-7, 3))
	fmt.Println("math.Remainder(-7, 3):", math.Remainder(-7, 3))
	fmt.Println("math.Mod(7.5, -2):", math.Mod(7.5, -2))

	// Shifts on negative numbers round towards negative infinity.
	for _, n := range []int{-1, -7, -8, 7} {
		fmt.Printf("%3d >> 1 = %3d   %3d / 2 = %3d\n", n, n>>1, n, n/2)
	}

	// A clock that wraps hours correctly going backwards.
	hour := 3
	for _, delta := range []int{-5, -27, 30, -3} {
		naive := (hour + delta) % 12
		fixed := floorMod(hour+delta, 12)
		fmt.Printf("3 o'clock %+d hours: naive %d, fixed %d\n", delta, naive, fixed)
	}

	days := []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	for _, offset := range []int{-1, -8, 10} {
		fmt.Printf("Wed %+d days = %s\n", offset, days[euclidMod(3+offset, 7)])
	}
}
