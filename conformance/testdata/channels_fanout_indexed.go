package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	idx  int
	word string
}

type result struct {
	idx int
	out string
}

func main() {
	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta")
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.idx, strings.ToUpper(j.word[:1]) + j.word[1:]}
			}
		}()
	}
	go func() {
		for i, w := range words {
			jobs <- job{i, w}
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	ordered := make([]string, len(words))
	count := 0
	for r := range results {
		ordered[r.idx] = r.out
		count++
	}
	fmt.Println(count, strings.Join(ordered, " "))
}
