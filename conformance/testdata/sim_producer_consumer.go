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
	Upper  string
	Vowels int
}

func countVowels(s string) int {
	n := 0
	for _, r := range strings.ToLower(s) {
		if strings.ContainsRune("aeiou", r) {
			n++
		}
	}
	return n
}

func producer(words []string, jobs chan<- Job) {
	defer close(jobs)
	for i, w := range words {
		jobs <- Job{ID: i, Text: w}
	}
}

func consumer(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Worker: id, Upper: strings.ToUpper(j.Text), Vowels: countVowels(j.Text)}
	}
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog while seven ducks audibly quack")
	jobs := make(chan Job, 3)
	results := make(chan Result, 3)

	go producer(words, jobs)

	var wg sync.WaitGroup
	const workers = 4
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go consumer(w, jobs, results, &wg)
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	perWorker := make(map[int]int)
	for r := range results {
		all = append(all, r)
		perWorker[r.Worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })

	total := 0
	for _, r := range all {
		fmt.Printf("job %2d: %-8s vowels=%d\n", r.JobID, r.Upper, r.Vowels)
		total += r.Vowels
	}
	handled := 0
	for _, n := range perWorker {
		handled += n
	}
	fmt.Printf("jobs=%d handled=%d total vowels=%d workers<=%d: %t\n", len(all), handled, total, workers, len(perWorker) <= workers)
}
