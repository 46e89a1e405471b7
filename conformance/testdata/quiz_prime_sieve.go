package main

import (
	"fmt"
	"iter"
	"strings"
)

func sieve(n int) []bool {
	composite := make([]bool, n+1)
	for i := 2; i*i <= n; i++ {
		if composite[i] {
			continue
		}
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return composite
}

// Primes yields (index, prime) pairs up to and including limit.
func Primes(limit int) iter.Seq2[int, int] {
	comp := sieve(limit)
	return func(yield func(int, int) bool) {
		k := 0
		for i := 2; i <= limit; i++ {
			if !comp[i] {
				k++
				if !yield(k, i) {
					return
				}
			}
		}
	}
}

func factorize(n int) []int {
	var fs []int
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func main() {
	var first []string
	for k, p := range Primes(100) {
		first = append(first, fmt.Sprint(p))
		if k == 25 {
			break
		}
	}
	fmt.Println("primes <= 100:", strings.Join(first, " "))

	count := 0
	for range Primes(10000) {
		count++
	}
	fmt.Println("number of primes below 10000:", count)

	for k, p := range Primes(1000) {
		if k == 100 {
			fmt.Println("the 100th prime is", p)
			break
		}
	}

	// twin primes straight from the sieve slice
	comp := sieve(200)
	var twins []string
	for i := 3; i+2 <= 200; i += 2 {
		if !comp[i] && !comp[i+2] {
			twins = append(twins, fmt.Sprintf("(%d,%d)", i, i+2))
		}
	}
	fmt.Println("twin primes < 200:", len(twins), twins[len(twins)-3:])

	// Goldbach check: every even number 4..1000 is a sum of two primes
	comp = sieve(1000)
	failures := 0
outer:
	for n := 4; n <= 1000; n += 2 {
		for a := 2; a <= n/2; a++ {
			if !comp[a] && !comp[n-a] {
				if n >= 96 && n <= 100 {
					fmt.Printf("goldbach %d = %d + %d\n", n, a, n-a)
				}
				continue outer
			}
		}
		failures++
	}
	fmt.Println("goldbach failures up to 1000:", failures)

	for _, n := range []int{84, 97, 360, 1001, 65536, 999983} {
		fmt.Printf("%7d = %v\n", n, factorize(n))
	}
}
