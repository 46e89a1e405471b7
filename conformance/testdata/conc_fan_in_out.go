package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Item struct {
	Seq  int
	Text string
}

func source(words []string) <-chan Item {
	out := make(chan Item)
	go func() {
		defer close(out)
		for i, w := range words {
			out <- Item{Seq: i, Text: w}
		}
	}()
	return out
}

// reverseWorker is one of several fanned-out stages.
func reverseWorker(in <-chan Item) <-chan Item {
	out := make(chan Item)
	go func() {
		defer close(out)
		for it := range in {
			r := []rune(it.Text)
			slices.Reverse(r)
			out <- Item{Seq: it.Seq, Text: string(r)}
		}
	}()
	return out
}

// merge fans several channels back into one.
func merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	words := strings.Fields("stressed drawer repaid diaper live evil star rats gateman")
	in := source(words)

	// Fan out to three workers all reading the same input channel.
	workers := make([]<-chan Item, 3)
	for i := range workers {
		workers[i] = reverseWorker(in)
	}

	var got []Item
	for it := range merge(workers...) {
		got = append(got, it)
	}
	// Merge order is nondeterministic; restore the original order.
	slices.SortFunc(got, func(a, b Item) int { return a.Seq - b.Seq })

	for _, it := range got {
		fmt.Printf("%-9s -> %s\n", words[it.Seq], it.Text)
	}
	fmt.Println("count:", len(got))
}
