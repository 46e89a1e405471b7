// Week 8 assignment: a worker pool processing jobs from a channel.
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
	JobID  int
	Worker int
	Words  int
	Vowels int
	Upper  string
}

func countVowels(s string) int {
	n := 0
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'a', 'e', 'i', 'o', 'u':
			n++
		}
	}
	return n
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{
			JobID:  j.ID,
			Worker: id,
			Words:  len(strings.Fields(j.Text)),
			Vowels: countVowels(j.Text),
			Upper:  strings.ToUpper(j.Text),
		}
	}
}

func main() {
	texts := []string{
		"channels orchestrate",
		"mutexes serialize",
		"do not communicate by sharing memory",
		"share memory by communicating",
		"concurrency is not parallelism",
		"errors are values",
		"clear is better than clever",
		"a little copying is better than a little dependency",
	}

	const numWorkers = 3
	jobs := make(chan Job)
	results := make(chan Result, len(texts))
	var wg sync.WaitGroup

	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
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

	// Which worker handles a job is not deterministic, so we only count
	// how many results arrived and sort them by job ID before printing.
	var all []Result
	workersSeen := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersSeen[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })

	totalWords, totalVowels := 0, 0
	for _, r := range all {
		fmt.Printf("job %d: words=%d vowels=%2d %q\n", r.JobID, r.Words, r.Vowels, r.Upper)
		totalWords += r.Words
		totalVowels += r.Vowels
	}
	fmt.Printf("processed %d jobs, %d words, %d vowels\n", len(all), totalWords, totalVowels)
	fmt.Printf("at least one worker used: %t, at most %d: %t\n",
		len(workersSeen) >= 1, numWorkers, len(workersSeen) <= numWorkers)
}
