package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Data string
}

type Result struct {
	JobID  int
	Digest string
	Words  int
	Worker int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		sum := sha256.Sum256([]byte(j.Data))
		results <- Result{
			JobID:  j.ID,
			Digest: hex.EncodeToString(sum[:])[:16],
			Words:  len(strings.Fields(j.Data)),
			Worker: id,
		}
	}
}

func main() {
	docs := []string{
		"the quick brown fox",
		"jumps over the lazy dog",
		"lorem ipsum dolor sit amet",
		"",
		"go is expressive, concise, clean, and efficient",
		"channels orchestrate; mutexes serialize",
		"don't communicate by sharing memory",
		"share memory by communicating",
		"clear is better than clever",
		"errors are values",
	}

	jobs := make(chan Job)
	results := make(chan Result, len(docs))
	var wg sync.WaitGroup
	const numWorkers = 4
	for w := range numWorkers {
		wg.Add(1)
		go worker(w+1, jobs, results, &wg)
	}

	go func() {
		for i, d := range docs {
			jobs <- Job{ID: i, Data: d}
		}
		close(jobs)
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	// Collect into an index-addressed slice so output order doesn't depend on scheduling.
	ordered := make([]Result, len(docs))
	perWorker := map[int]int{}
	for r := range results {
		ordered[r.JobID] = r
		perWorker[r.Worker]++
	}

	totalWords := 0
	for _, r := range ordered {
		fmt.Printf("job %d: %s words=%d\n", r.JobID, r.Digest, r.Words)
		totalWords += r.Words
	}
	handled := 0
	for _, n := range perWorker {
		handled += n
	}
	fmt.Println("total words:", totalWords)
	fmt.Println("jobs handled:", handled, "by at most", numWorkers, "workers:", len(perWorker) <= numWorkers)

	// A mutex-protected counter shared by many goroutines.
	var mu sync.Mutex
	counts := map[string]int{}
	var wg2 sync.WaitGroup
	for _, d := range docs {
		wg2.Go(func() {
			for _, w := range strings.Fields(d) {
				mu.Lock()
				counts[strings.Trim(w, ",;'")]++
				mu.Unlock()
			}
		})
	}
	wg2.Wait()
	fmt.Println("memory:", counts["memory"], "the:", counts["the"], "by:", counts["by"])

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("initialized once") })
	}
}
