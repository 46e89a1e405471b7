package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"sync"
)

type Task struct {
	Index int
	Word  string
}

type Digest struct {
	Index  int
	Word   string
	Hash   uint32
	Vowels int
}

func worker(tasks <-chan Task) <-chan Digest {
	out := make(chan Digest)
	go func() {
		defer close(out)
		for t := range tasks {
			h := fnv.New32a()
			h.Write([]byte(t.Word))
			v := 0
			for _, r := range t.Word {
				switch r {
				case 'a', 'e', 'i', 'o', 'u':
					v++
				}
			}
			out <- Digest{Index: t.Index, Word: t.Word, Hash: h.Sum32(), Vowels: v}
		}
	}()
	return out
}

// merge is the fan-in: many channels become one.
func merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Go(func() {
			for v := range c {
				out <- v
			}
		})
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	words := []string{
		"goroutine", "channel", "mutex", "semaphore", "barrier", "deadlock",
		"livelock", "starvation", "atomic", "fence", "scheduler", "preemption",
		"monitor", "condition", "futex", "spinlock", "rendezvous", "pipeline",
	}
	tasks := make(chan Task)
	go func() {
		defer close(tasks)
		for i, w := range words {
			tasks <- Task{Index: i, Word: w}
		}
	}()

	// Fan-out: four workers share one task channel.
	const workers = 4
	outs := make([]<-chan Digest, workers)
	for i := range outs {
		outs[i] = worker(tasks)
	}

	var results []Digest
	for d := range merge(outs...) {
		results = append(results, d)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].Index < results[j].Index })

	fmt.Printf("%-3s %-12s %-10s %s\n", "idx", "word", "fnv32a", "vowels")
	totalVowels := 0
	for _, d := range results {
		fmt.Printf("%-3d %-12s %08x   %d\n", d.Index, d.Word, d.Hash, d.Vowels)
		totalVowels += d.Vowels
	}
	fmt.Println("results:", len(results), "total vowels:", totalVowels)

	byVowels := append([]Digest(nil), results...)
	sort.SliceStable(byVowels, func(i, j int) bool { return byVowels[i].Vowels > byVowels[j].Vowels })
	fmt.Println("most vowels:")
	for _, d := range byVowels[:3] {
		fmt.Printf("  %s (%d)\n", d.Word, d.Vowels)
	}
}
