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

func work(w string) string {
	return strings.ToUpper(w) + fmt.Sprint(len(w))
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	jobs := make(chan job)
	results := make(chan result, len(words))
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.idx, work(j.word)}
			}
		}(w)
	}
	for i, w := range words {
		jobs <- job{i, w}
	}
	close(jobs)
	wg.Wait()
	close(results)
	ordered := make([]string, len(words))
	for r := range results {
		ordered[r.idx] = r.out
	}
	fmt.Println(strings.Join(ordered, " "))
	fmt.Println(len(ordered), ordered[len(ordered)-1])
}
