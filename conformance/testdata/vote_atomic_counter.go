package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Counter tracks ballots with lock-free atomics.
type Counter struct {
	accepted atomic.Int64
	rejected atomic.Int64
	maxBatch atomic.Int32
}

func (c *Counter) Record(valid bool) {
	if valid {
		c.accepted.Add(1)
	} else {
		c.rejected.Add(1)
	}
}

// ObserveBatch keeps the largest batch size using a CAS loop.
func (c *Counter) ObserveBatch(n int32) {
	for {
		cur := c.maxBatch.Load()
		if n <= cur {
			return
		}
		if c.maxBatch.CompareAndSwap(cur, n) {
			return
		}
	}
}

func (c *Counter) String() string {
	a, r := c.accepted.Load(), c.rejected.Load()
	return fmt.Sprintf("accepted=%d rejected=%d total=%d", a, r, a+r)
}

func isValid(id int) bool {
	// a ballot is spoiled if its id is divisible by 13 or overvoted (mod 17 == 3)
	return id%13 != 0 && id%17 != 3
}

func main() {
	var c Counter
	var scanners sync.WaitGroup
	var batches atomic.Uint32

	const machines = 6
	const perMachine = 250
	for m := range machines {
		scanners.Add(1)
		go func(machine int) {
			defer scanners.Done()
			batch := int32(0)
			for i := range perMachine {
				id := machine*perMachine + i
				c.Record(isValid(id))
				batch++
				if batch == int32(20+machine*7) || i == perMachine-1 {
					c.ObserveBatch(batch)
					batches.Add(1)
					batch = 0
				}
			}
		}(m)
	}
	scanners.Wait()

	fmt.Println("scanners:", machines)
	fmt.Println("counter :", c.String())
	fmt.Println("batches :", batches.Load())
	fmt.Println("max batch size:", c.maxBatch.Load())

	expectedRejected := 0
	for id := range machines * perMachine {
		if !isValid(id) {
			expectedRejected++
		}
	}
	fmt.Printf("expected rejected %d, match=%t\n", expectedRejected, int64(expectedRejected) == c.rejected.Load())
	rate := float64(c.rejected.Load()) / float64(machines*perMachine) * 100
	fmt.Printf("spoil rate: %6.3f%%\n", rate)
}
