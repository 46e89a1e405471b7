package main

import (
	"fmt"
	"sort"
	"sync"
)

type Item struct {
	Producer int
	Seq      int
	Payload  string
}

type Processed struct {
	Item
	Checksum int
}

func checksum(s string) int {
	h := 7
	for _, r := range s {
		h = (h*31 + int(r)) % 10007
	}
	return h
}

func producer(id, count int, out chan<- Item, wg *sync.WaitGroup) {
	defer wg.Done()
	for seq := 1; seq <= count; seq++ {
		out <- Item{Producer: id, Seq: seq, Payload: fmt.Sprintf("p%d-msg%02d", id, seq)}
	}
}

func consumer(in <-chan Item, results chan<- Processed, wg *sync.WaitGroup) {
	defer wg.Done()
	for it := range in {
		results <- Processed{Item: it, Checksum: checksum(it.Payload)}
	}
}

func main() {
	const (
		producers   = 3
		consumers   = 2
		perProducer = 4
		bufferSize  = 3
	)

	buffer := make(chan Item, bufferSize) // the bounded buffer
	results := make(chan Processed)

	var prodWG, consWG sync.WaitGroup
	for p := 1; p <= producers; p++ {
		prodWG.Add(1)
		go producer(p, perProducer, buffer, &prodWG)
	}
	for c := 0; c < consumers; c++ {
		consWG.Add(1)
		go consumer(buffer, results, &consWG)
	}

	// Close the buffer once every producer is done, and the results
	// channel once every consumer has drained the buffer.
	go func() {
		prodWG.Wait()
		close(buffer)
	}()
	go func() {
		consWG.Wait()
		close(results)
	}()

	var all []Processed
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Producer != all[j].Producer {
			return all[i].Producer < all[j].Producer
		}
		return all[i].Seq < all[j].Seq
	})

	fmt.Printf("buffer capacity %d, %d producers, %d consumers\n", bufferSize, producers, consumers)
	perProd := map[int]int{}
	for _, r := range all {
		fmt.Printf("%-12s producer=%d seq=%2d checksum=%5d\n", r.Payload, r.Producer, r.Seq, r.Checksum)
		perProd[r.Producer] += r.Checksum
	}
	for p := 1; p <= producers; p++ {
		fmt.Printf("producer %d checksum total %6d\n", p, perProd[p])
	}
	fmt.Printf("consumed %d of %d items\n", len(all), producers*perProducer)
}
