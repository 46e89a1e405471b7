// Lab 13: producer-consumer with several producers, several consumers and
// an explicit done signal that tells producers to stop early.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type Item struct {
	Producer int
	Seq      int
}

func (it Item) String() string { return fmt.Sprintf("P%d#%d", it.Producer, it.Seq) }

func producer(id, count int, out chan<- Item, done <-chan struct{}) int {
	sent := 0
	for i := range count {
		select {
		case out <- Item{id, i}:
			sent++
		case <-done:
			return sent
		}
	}
	return sent
}

func main() {
	const producers, consumers, perProducer = 3, 2, 8
	items := make(chan Item, 2)
	done := make(chan struct{})

	sent := make([]int, producers)
	var pwg sync.WaitGroup
	for p := range producers {
		pwg.Go(func() { sent[p] = producer(p, perProducer, items, done) })
	}
	// Close items once all producers have finished.
	go func() {
		pwg.Wait()
		close(items)
	}()

	received := make([][]Item, consumers)
	var cwg sync.WaitGroup
	for c := range consumers {
		cwg.Go(func() {
			for it := range items {
				received[c] = append(received[c], it)
			}
		})
	}
	cwg.Wait()

	var all []Item
	for _, r := range received {
		all = append(all, r...)
	}
	slices.SortFunc(all, func(a, b Item) int {
		if a.Producer != b.Producer {
			return a.Producer - b.Producer
		}
		return a.Seq - b.Seq
	})
	fmt.Println("sent per producer:", sent)
	fmt.Println("received:", len(all))
	fmt.Println(all)

	// Second round: the done signal stops producers that would never finish.
	items2 := make(chan Item)
	done2 := make(chan struct{})
	var wg sync.WaitGroup
	counts := make([]int, producers)
	for p := range producers {
		wg.Go(func() { counts[p] = producer(p, 1_000_000, items2, done2) })
	}
	got := 0
	for range 10 {
		<-items2
		got++
	}
	close(done2)
	wg.Wait()
	total := 0
	for _, c := range counts {
		total += c
	}
	close(done)
	fmt.Println("stopped early: consumed", got, "producers sent", total, "equal:", got == total)
}
