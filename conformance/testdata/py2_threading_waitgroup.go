package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func main() {
	// threads = [Thread(target=work, args=(i,)) for i in range(5)]
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := []string{}
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			msg := fmt.Sprintf("worker %d computed %d", i, i*i)
			mu.Lock()
			results = append(results, msg)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(results)
	for _, r := range results {
		fmt.Println(r)
	}

	// shared counter with lock
	c := SafeCounter{m: map[string]int{}}
	words := strings.Fields("a b c a b a d e a c")
	for round := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, w := range words {
				c.Inc(w)
			}
			_ = round
		}()
	}
	wg.Wait()
	fmt.Println(c.m)

	// queue.Queue as buffered channel: producer/consumers
	queue := make(chan int, 4)
	out := make(chan string, 32)
	var consumers sync.WaitGroup
	for id := 1; id <= 3; id++ {
		consumers.Add(1)
		go func(id int) {
			defer consumers.Done()
			for job := range queue {
				out <- fmt.Sprintf("job %02d -> %d", job, job*10)
			}
		}(id)
	}
	for j := 1; j <= 12; j++ {
		queue <- j
	}
	close(queue) // like putting sentinels
	consumers.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	fmt.Println(len(lines), "jobs done")
	for _, l := range lines {
		fmt.Println(l)
	}

	// sync.Once like a module-level singleton
	var once sync.Once
	inits := 0
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { inits++ })
		}()
	}
	wg.Wait()
	fmt.Println("initialized", inits, "time(s)")
}
