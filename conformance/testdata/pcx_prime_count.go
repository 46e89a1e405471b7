package main

import (
	"fmt"
	"sync"
)

const (
	upper     = 200000
	numChunks = 8
)

type chunkResult struct {
	lo, hi  int
	primes  int
	twins   int
	largest int
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		return n == 2
	}
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func countRange(lo, hi int) chunkResult {
	r := chunkResult{lo: lo, hi: hi}
	for n := lo; n < hi; n++ {
		if isPrime(n) {
			r.primes++
			r.largest = n
			if isPrime(n + 2) {
				r.twins++
			}
		}
	}
	return r
}

func main() {
	results := make([]chunkResult, numChunks)
	size := upper / numChunks

	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		grand    int
		finished []int
	)
	for i := range numChunks {
		lo, hi := i*size, (i+1)*size
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := countRange(lo, hi)
			results[i] = r
			mu.Lock()
			grand += r.primes
			finished = append(finished, i)
			mu.Unlock()
		}()
	}
	wg.Wait()

	fmt.Printf("counting primes below %d in %d chunks\n", upper, numChunks)
	sum, twins := 0, 0
	for i, r := range results {
		fmt.Printf("chunk %d [%6d,%6d): %5d primes, %4d twin starts, largest %d\n",
			i, r.lo, r.hi, r.primes, r.twins, r.largest)
		sum += r.primes
		twins += r.twins
	}
	fmt.Println("chunks finished:", len(finished))
	fmt.Println("total primes (slice):", sum)
	fmt.Println("total primes (mutex):", grand)
	fmt.Println("twin prime pairs:", twins)
	fmt.Printf("density: %.4f%%\n", 100*float64(sum)/upper)

	// Sanity check against a sequential sieve.
	composite := make([]bool, upper)
	seq := 0
	for i := 2; i < upper; i++ {
		if !composite[i] {
			seq++
			for j := i * i; j < upper; j += i {
				composite[j] = true
			}
		}
	}
	fmt.Println("sieve agrees:", seq == sum)
}
