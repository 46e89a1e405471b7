package main

import (
	"fmt"
	"strings"
)

// sieve returns all primes <= n using the sieve of Eratosthenes.
func sieve(n int) []int {
	if n < 2 {
		return nil
	}
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

func factorize(n int, primes []int) map[int]int {
	f := map[int]int{}
	for _, p := range primes {
		if p*p > n {
			break
		}
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func formatFactors(n int, primes []int) string {
	f := factorize(n, primes)
	var parts []string
	for _, p := range primes {
		if e, ok := f[p]; ok {
			if e == 1 {
				parts = append(parts, fmt.Sprint(p))
			} else {
				parts = append(parts, fmt.Sprintf("%d^%d", p, e))
			}
			delete(f, p)
		}
	}
	for p := range f { // at most one large leftover prime
		parts = append(parts, fmt.Sprint(p))
	}
	return strings.Join(parts, " * ")
}

func main() {
	primes := sieve(100)
	fmt.Println(len(primes), "primes up to 100:")
	for i, p := range primes {
		fmt.Printf("%4d", p)
		if (i+1)%10 == 0 {
			fmt.Println()
		}
	}
	fmt.Println()

	big := sieve(100000)
	fmt.Println("primes below 100000:", len(big), "largest:", big[len(big)-1])

	for _, n := range []int{360, 97, 1001, 65536, 999983 * 2} {
		fmt.Printf("%d = %s\n", n, formatFactors(n, big))
	}

	// Goldbach for a few even numbers
	isPrime := make(map[int]bool, len(primes))
	for _, p := range primes {
		isPrime[p] = true
	}
outer:
	for n := 4; n <= 20; n += 2 {
		for _, p := range primes {
			if isPrime[n-p] {
				fmt.Printf("%d=%d+%d ", n, p, n-p)
				continue outer
			}
		}
	}
	fmt.Println()
	fmt.Println(sieve(1), sieve(2))
}
