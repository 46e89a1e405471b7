// Lecture 7: producer-consumer with a bounded buffer, channel version.
//
// A buffered channel *is* a bounded buffer: a send blocks while the buffer is
// full and a receive blocks while it is empty. Several producers and several
// consumers share it. Consumers see items in an unpredictable interleaving, so
// we only report order-independent facts (counts, sums, the sorted set).
package main

import (
	"fmt"
	"slices"
	"sync"
)

// Item is a unit of work produced by a producer.
type Item struct {
	Producer int
	Seq      int
	Payload  int
}

const (
	producers    = 3
	consumers    = 4
	itemsPerProd = 25
	capacity     = 5
)

func producer(id int, out chan<- Item, wg *sync.WaitGroup) {
	defer wg.Done()
	for seq := 0; seq < itemsPerProd; seq++ {
		out <- Item{Producer: id, Seq: seq, Payload: id*100 + seq}
	}
}

// Tally is what a single consumer accumulates privately.
type Tally struct {
	Count int
	Sum   int
	Seen  []int
}

func consumer(in <-chan Item, result *Tally, wg *sync.WaitGroup) {
	defer wg.Done()
	for it := range in { // loop ends when the channel is closed and drained
		result.Count++
		result.Sum += it.Payload * it.Payload
		result.Seen = append(result.Seen, it.Payload)
	}
}

func main() {
	buf := make(chan Item, capacity)

	var prodWG, consWG sync.WaitGroup
	tallies := make([]Tally, consumers)
	for c := range consumers {
		consWG.Add(1)
		go consumer(buf, &tallies[c], &consWG)
	}
	for p := range producers {
		prodWG.Add(1)
		go producer(p, buf, &prodWG)
	}

	// Only close once every producer is finished: closing is the "no more
	// items" signal, and a send on a closed channel would panic.
	prodWG.Wait()
	close(buf)
	consWG.Wait()

	var all []int
	count, sum := 0, 0
	for _, t := range tallies {
		count += t.Count
		sum += t.Sum
		all = append(all, t.Seen...)
	}
	slices.Sort(all)

	fmt.Printf("buffer capacity %d, %d producers, %d consumers\n", capacity, producers, consumers)
	fmt.Printf("items consumed: %d (expected %d)\n", count, producers*itemsPerProd)
	fmt.Printf("sum of squares of payloads: %d\n", sum)
	for p := 0; p < producers; p++ {
		part := all[p*itemsPerProd : (p+1)*itemsPerProd]
		fmt.Printf("producer %d payloads: first=%d last=%d n=%d\n", p, part[0], part[len(part)-1], len(part))
	}
	fmt.Println("no duplicates:", len(slices.Compact(slices.Clone(all))) == len(all))
}
