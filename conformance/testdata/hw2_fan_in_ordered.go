// Homework 2, problem 11: fan-out / fan-in with ordered results.
// Jobs are fanned out to several workers, whose outputs are fanned back into
// one channel in arbitrary order. A reorder buffer holds early arrivals
// until the next expected index shows up, so output order is deterministic.
package main

import (
	"fmt"
	"sync"
)

// Job is an indexed input.
type Job struct {
	Index int
	Text  string
}

// Output carries the index so it can be put back in order.
type Output struct {
	Index  int
	Text   string
	Vowels int
	Hash   uint32
}

func process(j Job) Output {
	var h uint32 = 2166136261 // FNV-1a
	v := 0
	for i := 0; i < len(j.Text); i++ {
		h = (h ^ uint32(j.Text[i])) * 16777619
		switch j.Text[i] {
		case 'a', 'e', 'i', 'o', 'u':
			v++
		}
	}
	return Output{Index: j.Index, Text: j.Text, Vowels: v, Hash: h}
}

func fanOut(jobs <-chan Job, n int) []<-chan Output {
	outs := make([]<-chan Output, n)
	for i := 0; i < n; i++ {
		ch := make(chan Output)
		outs[i] = ch
		go func() {
			defer close(ch)
			for j := range jobs {
				ch <- process(j)
			}
		}()
	}
	return outs
}

func fanIn(chans []<-chan Output) <-chan Output {
	merged := make(chan Output)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Go(func() {
			for o := range c {
				merged <- o
			}
		})
	}
	go func() { wg.Wait(); close(merged) }()
	return merged
}

func main() {
	words := []string{"parallel", "concurrent", "goroutine", "channel", "mutex",
		"barrier", "semaphore", "deadlock", "livelock", "atomic", "scheduler", "pipeline"}
	jobs := make(chan Job)
	go func() {
		defer close(jobs)
		for i, w := range words {
			jobs <- Job{Index: i, Text: w}
		}
	}()

	merged := fanIn(fanOut(jobs, 3))
	pending := make(map[int]Output) // reorder buffer
	next, maxPending := 0, 0
	fmt.Println("fan-out/fan-in results in input order:")
	for o := range merged {
		pending[o.Index] = o
		maxPending = max(maxPending, len(pending))
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			fmt.Printf("%2d %-10s vowels=%d hash=%08x\n", r.Index, r.Text, r.Vowels, r.Hash)
			next++
		}
	}
	fmt.Println("emitted:", next, "of", len(words))
	fmt.Println("reorder buffer empty:", len(pending) == 0)
}
