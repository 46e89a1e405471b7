// Homework 2, problem 4: several producers, one consumer, and a done signal.
// The producers share an unbuffered channel. A coordinator goroutine waits
// for all producers and then closes a separate done channel, telling the
// consumer that no more items will arrive.
package main

import (
	"fmt"
	"sort"
	"sync"
)

// Item is a unit of work tagged with the producer that made it.
type Item struct {
	Producer int
	Seq      int
	Value    int
}

// Tally is what the consumer learns about one producer.
type Tally struct {
	Producer int
	Count    int
	Sum      int
	LastSeq  int
}

func producer(id, n int, out chan<- Item, wg *sync.WaitGroup) {
	defer wg.Done()
	for s := 0; s < n; s++ {
		out <- Item{Producer: id, Seq: s, Value: id*100 + s*s}
	}
}

func consumer(items <-chan Item, done <-chan struct{}) map[int]*Tally {
	tallies := make(map[int]*Tally)
	record := func(it Item) {
		t, ok := tallies[it.Producer]
		if !ok {
			t = &Tally{Producer: it.Producer, LastSeq: -1}
			tallies[it.Producer] = t
		}
		t.Count++
		t.Sum += it.Value
		if it.Seq != t.LastSeq+1 {
			panic("items from one producer arrived out of order")
		}
		t.LastSeq = it.Seq
	}
	for {
		select {
		case it := <-items:
			record(it)
		case <-done:
			// The channel is unbuffered, so every send finished before its
			// producer called wg.Done: nothing can be left in flight.
			return tallies
		}
	}
}

func main() {
	const producers, perProducer = 4, 25
	items := make(chan Item)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for id := 1; id <= producers; id++ {
		wg.Add(1)
		go producer(id, perProducer, items, &wg)
	}
	go func() {
		wg.Wait()
		close(done)
	}()
	tallies := consumer(items, done)

	ids := make([]int, 0, len(tallies))
	for id := range tallies {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	fmt.Println("Producer-consumer report")
	total, grand := 0, 0
	for _, id := range ids {
		t := tallies[id]
		fmt.Printf("producer %d: %d items, sum %d, last seq %d\n", t.Producer, t.Count, t.Sum, t.LastSeq)
		total += t.Count
		grand += t.Sum
	}
	fmt.Println("total items:", total)
	fmt.Println("grand sum:", grand)
	fmt.Println("all items received:", total == producers*perProducer)
}
