package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID  int
	Words  int
	Vowels int
	Digest uint32
	Err    error
}

var ErrEmpty = errors.New("empty input")

// fnv32a is a small FNV-1a hash so results are reproducible.
func fnv32a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func process(j Job) Result {
	if strings.TrimSpace(j.Text) == "" {
		return Result{JobID: j.ID, Err: fmt.Errorf("job %d: %w", j.ID, ErrEmpty)}
	}
	v := 0
	for _, r := range strings.ToLower(j.Text) {
		if strings.ContainsRune("aeiou", r) {
			v++
		}
	}
	return Result{JobID: j.ID, Words: len(strings.Fields(j.Text)), Vowels: v, Digest: fnv32a(j.Text)}
}

func runPool(jobs []Job, workers int) []Result {
	in := make(chan Job)
	out := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- process(j)
			}
		}()
	}
	go func() {
		for _, j := range jobs {
			in <- j
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()

	var results []Result
	for r := range out {
		results = append(results, r)
	}
	slices.SortFunc(results, func(a, b Result) int { return a.JobID - b.JobID })
	return results
}

func main() {
	texts := []string{
		"Go is expressive, concise, clean, and efficient",
		"Its concurrency mechanisms make it easy to write programs",
		"",
		"that get the most out of multicore and networked machines",
		"while its novel type system enables flexible and modular program construction",
		"   ",
		"Go compiles quickly to machine code",
		"yet has the convenience of garbage collection",
	}
	jobs := make([]Job, len(texts))
	for i, t := range texts {
		jobs[i] = Job{ID: i + 1, Text: t}
	}

	var mu sync.Mutex
	totals := map[string]int{}
	results := runPool(jobs, 4)
	var wg sync.WaitGroup
	for _, r := range results {
		wg.Add(1)
		go func(r Result) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			totals["words"] += r.Words
			totals["vowels"] += r.Vowels
			if r.Err != nil {
				totals["errors"]++
			}
		}(r)
	}
	wg.Wait()

	for _, r := range results {
		if r.Err != nil {
			fmt.Printf("job %d: error: %v (empty=%t)\n", r.JobID, r.Err, errors.Is(r.Err, ErrEmpty))
			continue
		}
		fmt.Printf("job %d: words=%2d vowels=%2d digest=%08x\n", r.JobID, r.Words, r.Vowels, r.Digest)
	}
	fmt.Printf("totals: words=%d vowels=%d errors=%d\n", totals["words"], totals["vowels"], totals["errors"])
}
