// Handout 11: bounded parallelism.
// We "fetch" documents from an in-memory store with at most N requests
// in flight, using a fixed set of goroutines fed by an index channel.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Store map[string]string

type Page struct {
	URL   string
	Words int
	Title string
	Err   error
}

func (s Store) Fetch(url string) Page {
	body, ok := s[url]
	if !ok {
		return Page{URL: url, Err: fmt.Errorf("404 not found: %s", url)}
	}
	title, _, _ := strings.Cut(body, ".")
	return Page{URL: url, Words: len(strings.Fields(body)), Title: title}
}

// fetchAll processes urls with exactly `limit` goroutines.
func fetchAll(s Store, urls []string, limit int) []Page {
	pages := make([]Page, len(urls))
	idx := make(chan int)
	var wg sync.WaitGroup
	for range limit {
		wg.Go(func() {
			for i := range idx {
				pages[i] = s.Fetch(urls[i])
			}
		})
	}
	for i := range urls {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return pages
}

func main() {
	store := Store{
		"/intro":     "Introduction. Parallel computing splits work across many processors.",
		"/amdahl":    "Amdahl's law. Speedup is limited by the serial fraction of a program.",
		"/gustafson": "Gustafson's law. Larger problems can use more processors efficiently.",
		"/pram":      "The PRAM model. An idealised shared memory machine with unit cost access.",
		"/bsp":       "Bulk synchronous parallel. Supersteps of compute, communicate, and barrier.",
		"/mpi":       "Message passing. Processes exchange data explicitly with send and receive.",
		"/openmp":    "OpenMP. Compiler directives parallelise loops on shared memory.",
		"/gpu":       "GPUs. Thousands of simple cores execute the same instruction in lockstep.",
	}
	urls := []string{"/intro", "/amdahl", "/gustafson", "/missing", "/pram", "/bsp",
		"/mpi", "/openmp", "/gpu", "/quantum"}

	for _, limit := range []int{2, 5} {
		fmt.Printf("== limit %d ==\n", limit)
		ok, failed, words := 0, 0, 0
		for _, p := range fetchAll(store, urls, limit) {
			if p.Err != nil {
				fmt.Printf("  FAIL %-11s %v\n", p.URL, p.Err)
				failed++
				continue
			}
			fmt.Printf("  OK   %-11s %2d words  %q\n", p.URL, p.Words, p.Title)
			ok++
			words += p.Words
		}
		fmt.Printf("  ok=%d failed=%d words=%d\n", ok, failed, words)
	}
}
