package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID int
	Words int
	Chars int
	Title string
}

func process(j Job) Result {
	words := strings.Fields(j.Text)
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return Result{JobID: j.ID, Words: len(words), Chars: len(j.Text), Title: b.String()}
}

func worker(jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- process(j)
	}
}

func main() {
	texts := []string{
		"the quick brown fox",
		"jumps over",
		"the lazy dog",
		"concurrency is not parallelism",
		"share memory by communicating",
		"do not communicate by sharing memory",
		"channels orchestrate",
		"mutexes serialize",
		"errors are values",
		"clear is better than clever",
	}

	const numWorkers = 4
	jobs := make(chan Job)
	results := make(chan Result, len(texts))

	var wg sync.WaitGroup
	for i := 0; i < numWorkers; i++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}

	go func() {
		for i, t := range texts {
			jobs <- Job{ID: i + 1, Text: t}
		}
		close(jobs)
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	var collected []Result
	for r := range results {
		collected = append(collected, r)
	}
	sort.Slice(collected, func(i, j int) bool { return collected[i].JobID < collected[j].JobID })

	totalWords, totalChars := 0, 0
	for _, r := range collected {
		fmt.Printf("job %2d: words=%d chars=%2d %q\n", r.JobID, r.Words, r.Chars, r.Title)
		totalWords += r.Words
		totalChars += r.Chars
	}
	fmt.Printf("processed %d jobs with %d workers\n", len(collected), numWorkers)
	fmt.Printf("total words=%d chars=%d\n", totalWords, totalChars)
}
