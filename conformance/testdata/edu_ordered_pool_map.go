// Lab 10: an order-preserving parallel map, like Python's Pool.map / imap.
//
// Version 1 (Map) writes each output into the slot with the same index as its
// input, so order is preserved for free.
// Version 2 (IMap) streams results as they become available but re-orders
// them with a small buffer keyed by index, emitting strictly in input order.
package main

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
)

type indexed[T any] struct {
	idx int
	val T
}

// Map applies f to every input using `workers` goroutines.
func Map[In, Out any](inputs []In, workers int, f func(In) Out) []Out {
	out := make([]Out, len(inputs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			for i := range jobs {
				out[i] = f(inputs[i]) // distinct index per job: no race
			}
		})
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

// IMap calls emit for each result in input order as soon as it is available.
func IMap[In, Out any](inputs []In, workers int, f func(In) Out, emit func(int, Out)) {
	jobs := make(chan indexed[In])
	done := make(chan indexed[Out])
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			for j := range jobs {
				done <- indexed[Out]{j.idx, f(j.val)}
			}
		})
	}
	go func() {
		for i, v := range inputs {
			jobs <- indexed[In]{i, v}
		}
		close(jobs)
		wg.Wait()
		close(done)
	}()

	pending := map[int]Out{} // results that arrived early
	next := 0
	for r := range done {
		pending[r.idx] = r.val
		for {
			v, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			emit(next, v)
			next++
		}
	}
}

func vowels(s string) int {
	n := 0
	for _, r := range strings.ToLower(s) {
		if strings.ContainsRune("aeiou", r) {
			n++
		}
	}
	return n
}

func title(s string) string {
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

func main() {
	words := strings.Fields("amdahl gustafson dijkstra lamport hoare brinch hansen " +
		"tanenbaum herlihy shavit valiant flynn")

	counts := Map(words, 3, vowels)
	for i, w := range words {
		fmt.Printf("%-10s vowels=%d\n", w, counts[i])
	}

	lengths := Map([]int{1, 2, 3, 4, 5, 6, 7, 8}, 4, func(n int) int { return n * n * n })
	fmt.Println("cubes:", lengths)

	fmt.Println("imap (streamed in input order):")
	IMap(words, 4, title, func(i int, s string) {
		fmt.Printf("  #%02d %s\n", i, s)
	})
}
