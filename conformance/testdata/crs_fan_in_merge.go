// Lecture 7b: fan-out to several workers, fan-in into a single channel.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Doc struct {
	Name string
	Text string
}

type Stat struct {
	Name   string
	Words  int
	Vowels int
	Worker string
}

func analyze(worker string, in <-chan Doc) <-chan Stat {
	out := make(chan Stat)
	go func() {
		defer close(out)
		for d := range in {
			v := 0
			for _, r := range strings.ToLower(d.Text) {
				if strings.ContainsRune("aeiou", r) {
					v++
				}
			}
			out <- Stat{Name: d.Name, Words: len(strings.Fields(d.Text)), Vowels: v, Worker: worker}
		}
	}()
	return out
}

func merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
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
	docs := []Doc{
		{"intro.txt", "Concurrency is not parallelism"},
		{"proverb.txt", "Do not communicate by sharing memory share memory by communicating"},
		{"chan.txt", "Channels orchestrate mutexes serialize"},
		{"errors.txt", "Errors are values"},
		{"clear.txt", "Clear is better than clever"},
		{"reflect.txt", "Reflection is never clear"},
		{"empty.txt", ""},
	}
	in := make(chan Doc)
	go func() {
		defer close(in)
		for _, d := range docs {
			in <- d
		}
	}()

	workers := make([]<-chan Stat, 3)
	for i := range workers {
		workers[i] = analyze(fmt.Sprintf("w%d", i), in)
	}

	var stats []Stat
	perWorker := map[string]int{}
	for s := range merge(workers...) {
		perWorker[s.Worker]++
		s.Worker = "" // which worker handled it is not deterministic
		stats = append(stats, s)
	}
	slices.SortFunc(stats, func(a, b Stat) int {
		return cmp.Or(cmp.Compare(b.Words, a.Words), strings.Compare(a.Name, b.Name))
	})
	for _, s := range stats {
		fmt.Printf("%-12s words=%2d vowels=%2d\n", s.Name, s.Words, s.Vowels)
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Printf("workers used <= 3: %v, docs handled: %d\n", len(perWorker) <= 3, total)
}
