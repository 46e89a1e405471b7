// Lab 6b: fan-out / fan-in.
// One generator, several identical workers reading the same channel (fan-out),
// and a merge function that combines their output channels (fan-in).
// The merged stream arrives in arbitrary order, so it is sorted before printing.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type task struct {
	id   int
	text string
}

type digest struct {
	id       int
	worker   int
	checksum uint32
	vowels   int
}

func generate(done <-chan struct{}, words []string) <-chan task {
	out := make(chan task)
	go func() {
		defer close(out)
		for i, w := range words {
			select {
			case out <- task{id: i, text: w}:
			case <-done:
				return
			}
		}
	}()
	return out
}

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func worker(done <-chan struct{}, id int, in <-chan task) <-chan digest {
	out := make(chan digest)
	go func() {
		defer close(out)
		for t := range in {
			d := digest{id: t.id, worker: id, checksum: fnv(t.text)}
			for _, r := range t.text {
				switch r {
				case 'a', 'e', 'i', 'o', 'u':
					d.vowels++
				}
			}
			select {
			case out <- d:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge[T any](done <-chan struct{}, chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				select {
				case out <- v:
				case <-done:
					return
				}
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
	words := []string{"parallel", "concurrent", "goroutine", "channel", "mutex",
		"barrier", "pipeline", "speedup", "amdahl", "gustafson", "atomic", "deadlock"}

	done := make(chan struct{})
	defer close(done)

	tasks := generate(done, words)
	const nWorkers = 4
	outs := make([]<-chan digest, nWorkers)
	for i := range outs {
		outs[i] = worker(done, i, tasks)
	}

	var results []digest
	var xor uint32
	for d := range merge(done, outs...) {
		results = append(results, d)
		xor ^= d.checksum // order independent
	}
	slices.SortFunc(results, func(a, b digest) int { return a.id - b.id })

	totalVowels := 0
	for _, d := range results {
		fmt.Printf("%2d %-10s checksum=%08x vowels=%d\n", d.id, words[d.id], d.checksum, d.vowels)
		totalVowels += d.vowels
	}
	fmt.Printf("%d results from %d workers, %d vowels in total\n", len(results), nWorkers, totalVowels)
	fmt.Printf("xor of all checksums: %08x\n", xor)
}
