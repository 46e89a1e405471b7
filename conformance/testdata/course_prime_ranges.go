// Lab 8d: counting primes in parallel by ranges.
// Compare a block distribution (worker w gets one contiguous range) with a
// cyclic distribution of small chunks. Each worker reports how many primes it
// found and how many trial divisions it did, so we can see the load imbalance
// without measuring time.
package main

import (
	"fmt"
	"sync"
)

type report struct {
	primes    int
	divisions int
}

// isPrime uses trial division by odd numbers and counts the divisions.
func isPrime(n int, ops *int) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		*ops++
		return n == 2
	}
	for d := 3; d*d <= n; d += 2 {
		*ops++
		if n%d == 0 {
			return false
		}
	}
	return true
}

type distribution func(worker, workers, limit int) [][2]int

func blocks(w, p, limit int) [][2]int {
	size := (limit + p - 1) / p
	lo := w * size
	return [][2]int{{lo, min(lo+size, limit)}}
}

func cyclic(w, p, limit int) [][2]int {
	const chunk = 1000
	var r [][2]int
	for lo := w * chunk; lo < limit; lo += p * chunk {
		r = append(r, [2]int{lo, min(lo+chunk, limit)})
	}
	return r
}

func count(limit, workers int, dist distribution) []report {
	reports := make([]report, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var rep report
			for _, rg := range dist(w, workers, limit) {
				for n := rg[0]; n < rg[1]; n++ {
					if isPrime(n, &rep.divisions) {
						rep.primes++
					}
				}
			}
			reports[w] = rep
		}()
	}
	wg.Wait()
	return reports
}

func summarize(name string, reps []report) {
	total, sumOps, maxOps := 0, 0, 0
	for _, r := range reps {
		total += r.primes
		sumOps += r.divisions
		maxOps = max(maxOps, r.divisions)
	}
	fmt.Printf("%s: primes=%d total divisions=%d\n", name, total, sumOps)
	for w, r := range reps {
		fmt.Printf("  worker %d: primes=%5d divisions=%8d\n", w, r.primes, r.divisions)
	}
	avg := float64(sumOps) / float64(len(reps))
	fmt.Printf("  imbalance (max/avg) = %.3f\n", float64(maxOps)/avg)
}

func main() {
	const limit = 300000
	const workers = 4
	summarize("block", count(limit, workers, blocks))
	summarize("cyclic", count(limit, workers, cyclic))

	var seq report
	for n := 0; n < limit; n++ {
		if isPrime(n, &seq.divisions) {
			seq.primes++
		}
	}
	fmt.Printf("sequential: primes=%d divisions=%d\n", seq.primes, seq.divisions)
}
