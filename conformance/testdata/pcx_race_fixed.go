package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const (
	goroutines = 16
	increments = 5000
)

// In the original (buggy) lab code, counter++ was executed by all
// goroutines without synchronisation and the total came out short.
// Each strategy below fixes it; every one must print the same total.

type MutexCounter struct {
	mu sync.Mutex
	n  int
}

func (c *MutexCounter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

type AtomicCounter struct{ n atomic.Int64 }

func (c *AtomicCounter) Inc() { c.n.Add(1) }

// run starts the goroutines and calls inc from each of them.
func run(inc func()) {
	var wg sync.WaitGroup
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range increments {
				inc()
			}
		}()
	}
	wg.Wait()
}

// ownerCounter confines the counter to one goroutine; others send requests.
func ownerCounter() int {
	incs := make(chan struct{}, 64)
	result := make(chan int)
	go func() {
		n := 0
		for range incs {
			n++
		}
		result <- n
	}()
	run(func() { incs <- struct{}{} })
	close(incs)
	return <-result
}

// shardedCounter gives each goroutine its own slot and sums at the end.
func shardedCounter() int {
	slots := make([]int, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range increments {
				slots[g]++
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, s := range slots {
		total += s
	}
	return total
}

func main() {
	want := goroutines * increments
	fmt.Println("expected total:", want)

	var mc MutexCounter
	run(mc.Inc)
	fmt.Println("mutex counter:  ", mc.n, mc.n == want)

	var ac AtomicCounter
	run(ac.Inc)
	fmt.Println("atomic counter: ", ac.n.Load(), ac.n.Load() == int64(want))

	oc := ownerCounter()
	fmt.Println("owner goroutine:", oc, oc == want)

	sc := shardedCounter()
	fmt.Println("sharded slots:  ", sc, sc == want)

	var rw sync.RWMutex
	regions := map[string]int{}
	names := []string{"north", "south", "east", "west"}
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			key := names[g%len(names)]
			for range increments {
				rw.Lock()
				regions[key]++
				rw.Unlock()
			}
		}()
	}
	wg.Wait()

	rw.RLock()
	defer rw.RUnlock()
	sum := 0
	for _, name := range names {
		fmt.Printf("region %-5s %d\n", name, regions[name])
		sum += regions[name]
	}
	fmt.Println("map under RWMutex:", sum, sum == want)
}
