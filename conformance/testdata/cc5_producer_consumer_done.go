// Exercise 14: producers and consumers coordinated with done channels.
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

// generator sends forever until done is closed, then reports how many it sent.
func generator(done <-chan struct{}, start, step int) (<-chan int, <-chan int) {
	out := make(chan int)
	sent := make(chan int, 1)
	go func() {
		defer close(out)
		n := 0
		for v := start; ; v += step {
			select {
			case out <- v:
				n++
			case <-done:
				sent <- n
				return
			}
		}
	}()
	return out, sent
}

func main() {
	// Part 1: take ten values from an endless generator, then stop it.
	done := make(chan struct{})
	values, sent := generator(done, 7, 7)
	for i := range 10 {
		fmt.Printf("take %d: %d\n", i+1, <-values)
	}
	close(done)
	fmt.Printf("generator stopped after sending %d values\n", <-sent)

	// Part 2: several finite producers, each signalling on a shared done channel.
	const producers, consumers, each = 3, 2, 5
	items := make(chan Item)
	producerDone := make(chan int)
	for p := range producers {
		go func() {
			for s := range each {
				items <- Item{p, s}
			}
			producerDone <- p
		}()
	}
	go func() {
		for range producers {
			<-producerDone
		}
		close(items) // only after every producer said it was done
	}()

	var mu sync.Mutex
	var got []Item
	consumerDone := make(chan struct{})
	for range consumers {
		go func() {
			for it := range items {
				mu.Lock()
				got = append(got, it)
				mu.Unlock()
			}
			consumerDone <- struct{}{}
		}()
	}
	for range consumers {
		<-consumerDone
	}

	slices.SortFunc(got, func(a, b Item) int {
		if a.Producer != b.Producer {
			return a.Producer - b.Producer
		}
		return a.Seq - b.Seq
	})
	fmt.Printf("consumed %d items from %d producers\n", len(got), producers)
	for p := range producers {
		var seqs []int
		for _, it := range got {
			if it.Producer == p {
				seqs = append(seqs, it.Seq)
			}
		}
		fmt.Printf("producer %d delivered seqs %v\n", p, seqs)
	}
	_, open := <-items
	fmt.Printf("items channel still open: %v\n", open)
}
