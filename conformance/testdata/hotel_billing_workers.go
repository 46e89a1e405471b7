package main

import (
	"fmt"
	"math"
	"strings"
	"sync"
)

type Folio struct {
	Room    int
	Charges []float64
}

type Bill struct {
	Room  int
	Total float64
	Lines int
	Flag  string
}

func computeBill(f Folio) Bill {
	b := Bill{Room: f.Room, Lines: len(f.Charges)}
	for _, c := range f.Charges {
		b.Total += c
	}
	switch {
	case b.Total < 0:
		b.Flag = "CREDIT"
	case b.Total > 1000:
		b.Flag = "REVIEW"
	}
	return b
}

func main() {
	folios := []Folio{
		{101, []float64{120, 120, 14.5}},
		{102, []float64{95}},
		{201, []float64{350, 350, 350, 42.75}},
		{202, []float64{80, -120}},
		{301, []float64{210, 210, 18, 6.5}},
		{302, nil},
		{401, []float64{600, 600, 95}},
	}

	type job struct {
		idx   int
		folio Folio
	}
	jobs := make(chan job)
	bills := make([]Bill, len(folios)) // each worker writes its own index
	processedBy := make([]int, len(folios))

	var wg sync.WaitGroup
	const workers = 3
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				bills[j.idx] = computeBill(j.folio)
				processedBy[j.idx] = id
			}
		}(w)
	}
	for i, f := range folios {
		jobs <- job{i, f}
	}
	close(jobs)
	wg.Wait()

	var grand float64
	fmt.Println("room  lines     total  flag")
	fmt.Println(strings.Repeat("-", 30))
	for _, b := range bills {
		fmt.Printf("%4d  %5d  %8.2f  %s\n", b.Room, b.Lines, b.Total, b.Flag)
		grand += b.Total
	}
	fmt.Println(strings.Repeat("-", 30))
	fmt.Printf("grand total %18.2f\n", grand)

	workersUsed := map[int]bool{}
	for _, id := range processedBy {
		workersUsed[id] = id >= 1 && id <= workers
	}
	allValid := true
	for _, ok := range workersUsed {
		allValid = allValid && ok
	}
	fmt.Println("every folio processed by a valid worker:", allValid)

	// Fan-in of results through a buffered channel, then summed (order-independent).
	// Integer cents keep the sum exact whatever the arrival order.
	results := make(chan int64, len(bills))
	for _, b := range bills {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- int64(math.Round(b.Total * 10)) // 10% in cents
		}()
	}
	wg.Wait()
	close(results)
	var tax int64
	for t := range results {
		tax += t
	}
	fmt.Printf("city tax (10%%): %d.%02d\n", tax/100, tax%100)
}
