package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct{ id, n int }
type result struct{ id, sum int }

func worker(jobs <-chan job, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		s := 0
		for i := 1; i <= j.n; i++ {
			s += i
		}
		out <- result{j.id, s}
	}
}

func main() {
	jobs := make(chan job)
	out := make(chan result, 10)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go worker(jobs, out, &wg)
	}
	for i := range 10 {
		jobs <- job{i, i * 10}
	}
	close(jobs)
	wg.Wait()
	close(out)
	var rs []result
	for r := range out {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(a, b int) bool { return rs[a].id < rs[b].id })
	fmt.Println(rs)
}
