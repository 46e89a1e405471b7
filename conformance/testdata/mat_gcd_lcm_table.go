package main

import "fmt"

// gcd returns the greatest common divisor using Euclid's algorithm.
func gcd(a, b int) int {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	return a / gcd(a, b) * b
}

// extendedGCD returns g, x, y such that a*x + b*y == g.
func extendedGCD(a, b int) (int, int, int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extendedGCD(b, a%b)
	return g, y1, x1 - (a/b)*y1
}

func lcmRange(n int) int {
	result := 1
	for i := 2; i <= n; i++ {
		result = lcm(result, i)
	}
	return result
}

func main() {
	nums := []int{1, 2, 3, 4, 6, 8, 9, 12}
	fmt.Print("gcd |")
	for _, n := range nums {
		fmt.Printf("%3d", n)
	}
	fmt.Println()
	fmt.Println("----+------------------------")
	for _, a := range nums {
		fmt.Printf("%3d |", a)
		for _, b := range nums {
			fmt.Printf("%3d", gcd(a, b))
		}
		fmt.Println()
	}

	pairs := [][2]int{{240, 46}, {17, 5}, {-48, 18}, {1071, 462}, {0, 9}}
	for _, p := range pairs {
		g, x, y := extendedGCD(p[0], p[1])
		fmt.Printf("egcd(%d, %d) = %d: %d*%d + %d*%d = %d\n",
			p[0], p[1], g, p[0], x, p[1], y, p[0]*x+p[1]*y)
	}

	for _, n := range []int{5, 10, 15, 20} {
		fmt.Printf("lcm(1..%d) = %d\n", n, lcmRange(n))
	}

	coprime := 0
	for a := 1; a <= 30; a++ {
		for b := 1; b <= 30; b++ {
			if gcd(a, b) == 1 {
				coprime++
			}
		}
	}
	fmt.Printf("coprime pairs in 1..30 x 1..30: %d of %d\n", coprime, 30*30)
}
