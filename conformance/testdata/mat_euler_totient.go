package main

import "fmt"

func phi(n int) int {
	result := n
	for p := 2; p*p <= n; p++ {
		if n%p == 0 {
			for n%p == 0 {
				n /= p
			}
			result -= result / p
		}
	}
	if n > 1 {
		result -= result / n
	}
	return result
}

func phiSieve(limit int) []int {
	t := make([]int, limit+1)
	for i := range t {
		t[i] = i
	}
	for i := 2; i <= limit; i++ {
		if t[i] == i {
			for j := i; j <= limit; j += i {
				t[j] -= t[j] / i
			}
		}
	}
	return t
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func bruteForce(n int) int {
	count := 0
	for k := 1; k <= n; k++ {
		if gcd(k, n) == 1 {
			count++
		}
	}
	return count
}

func main() {
	table := phiSieve(40)
	for row := 0; row < 4; row++ {
		for col := 1; col <= 10; col++ {
			n := row*10 + col
			fmt.Printf("%4d", table[n])
		}
		fmt.Println()
	}

	mismatches := 0
	for n := 1; n <= 500; n++ {
		if phi(n) != bruteForce(n) {
			mismatches++
		}
	}
	fmt.Println("mismatches against brute force up to 500:", mismatches)

	// Sum of phi(d) over divisors of n equals n.
	for _, n := range []int{12, 30, 97, 100} {
		sum := 0
		var divs []int
		for d := 1; d <= n; d++ {
			if n%d == 0 {
				divs = append(divs, d)
				sum += phi(d)
			}
		}
		fmt.Printf("n=%d divisors=%v sum phi(d)=%d\n", n, divs, sum)
	}

	big := []int{1000000, 999983, 1 << 20, 362880}
	for _, n := range big {
		fmt.Printf("phi(%d) = %d\n", n, phi(n))
	}

	// Farey sequence length F(n) = 1 + sum phi(k).
	length := 1
	t := phiSieve(100)
	for k := 1; k <= 100; k++ {
		length += t[k]
		if k%25 == 0 {
			fmt.Printf("|F_%d| = %d\n", k, length)
		}
	}
}
