// Lab 5: queues with buffered channels.
// Three producers push tagged items into one buffered channel. When all
// producers are done a closer goroutine closes the channel, and the
// consumers simply range over it. Consumers keep private tallies which
// are merged after the WaitGroup completes.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Item struct {
	Producer int
	Seq      int
	Payload  int
}

type Tally struct {
	Count int
	Sum   int
	Items []Item
}

func (t *Tally) Add(it Item) {
	t.Count++
	t.Sum += it.Payload
	t.Items = append(t.Items, it)
}

func (t *Tally) Merge(o Tally) {
	t.Count += o.Count
	t.Sum += o.Sum
	t.Items = append(t.Items, o.Items...)
}

func produce(id, n int, out chan<- Item, wg *sync.WaitGroup) {
	defer wg.Done()
	for seq := 0; seq < n; seq++ {
		out <- Item{Producer: id, Seq: seq, Payload: (id+1)*100 + seq*seq}
	}
}

func main() {
	const capacity = 4
	queue := make(chan Item, capacity)
	perProducer := []int{5, 8, 3}

	var producers sync.WaitGroup
	for id, n := range perProducer {
		producers.Add(1)
		go produce(id, n, queue, &producers)
	}
	go func() {
		producers.Wait()
		close(queue)
	}()

	const consumers = 2
	tallies := make([]Tally, consumers)
	var cwg sync.WaitGroup
	for c := 0; c < consumers; c++ {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			for it := range queue {
				tallies[c].Add(it)
			}
		}()
	}
	cwg.Wait()

	var all Tally
	for _, t := range tallies {
		all.Merge(t)
	}
	sort.Slice(all.Items, func(i, j int) bool {
		a, b := all.Items[i], all.Items[j]
		if a.Producer != b.Producer {
			return a.Producer < b.Producer
		}
		return a.Seq < b.Seq
	})

	fmt.Printf("queue capacity %d, %d producers, %d consumers\n", capacity, len(perProducer), consumers)
	for _, it := range all.Items {
		fmt.Printf("  producer %d item %d payload %d\n", it.Producer, it.Seq, it.Payload)
	}
	expected := 0
	for _, n := range perProducer {
		expected += n
	}
	fmt.Printf("consumed %d of %d items, payload sum %d\n", all.Count, expected, all.Sum)

	// Receiving from a closed, drained channel returns the zero value at once.
	v, ok := <-queue
	fmt.Printf("after close: value=%+v ok=%v\n", v, ok)
}
