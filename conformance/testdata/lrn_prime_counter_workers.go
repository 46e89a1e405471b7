package main

import (
	"fmt"
	"slices"
	"sync"
)

var primesFound []int
var primesMu sync.Mutex
var checks int

func main() {
	limit := 200
	workers := 4
	fmt.Println("counting primes below", limit, "with", workers, "workers")

	var wg sync.WaitGroup
	counts := make([]int, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := []int{}
			localChecks := 0
			for n := w; n < limit; n += workers {
				localChecks++
				if isPrime(n) {
					local = append(local, n)
				}
			}
			counts[w] = len(local)
			primesMu.Lock()
			primesFound = append(primesFound, local...)
			checks += localChecks
			primesMu.Unlock()
		}()
	}
	wg.Wait()

	slices.Sort(primesFound)
	fmt.Println("per worker counts:", counts)
	fmt.Println("total primes:", len(primesFound))
	fmt.Println("numbers checked:", checks)
	fmt.Println("first ten:", primesFound[:10])
	fmt.Println("last five:", primesFound[len(primesFound)-5:])
	fmt.Println("contains 97:", slices.Contains(primesFound, 97))
	fmt.Println("contains 91:", slices.Contains(primesFound, 91))
	fmt.Println("index of 101:", slices.Index(primesFound, 101))

	serial := 0
	for i := range limit {
		if isPrime(i) {
			serial++
		}
	}
	fmt.Println("serial count:", serial, "same:", serial == len(primesFound))

	gaps := map[int]int{}
	for i := 1; i < len(primesFound); i++ {
		gaps[primesFound[i]-primesFound[i-1]]++
	}
	fmt.Println("gap histogram:", gaps)

	biggest := 0
	for i := 1; i < len(primesFound); i++ {
		biggest = max(biggest, primesFound[i]-primesFound[i-1])
	}
	fmt.Println("biggest gap:", biggest)

	twins := 0
	for i := 1; i < len(primesFound); i++ {
		if primesFound[i]-primesFound[i-1] == 2 {
			twins++
		}
	}
	fmt.Printf("twin prime pairs: %d\n", twins)
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}
