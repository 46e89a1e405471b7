package main

import (
	"fmt"
	"strings"
)

type Job struct {
	ID   int
	Text string
}

var produced = 0

func main() {
	queue := make(chan Job, 5)
	done := make(chan bool)
	fmt.Println("queue capacity:", cap(queue), "length:", len(queue))

	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}

	go producer(queue, words)

	results := []string{}
	go func() {
		for job := range queue {
			out := fmt.Sprintf("%d:%s", job.ID, strings.ToUpper(job.Text))
			results = append(results, out)
		}
		done <- true
	}()

	ok := <-done
	fmt.Println("consumer finished:", ok)
	fmt.Println("produced:", produced)
	fmt.Println("results count:", len(results))
	for _, r := range results {
		fmt.Println("  ", r)
	}

	fmt.Println("--- filling a buffered channel without goroutines ---")
	buf := make(chan int, 3)
	buf <- 10
	buf <- 20
	fmt.Println("len:", len(buf), "cap:", cap(buf))
	buf <- 30
	fmt.Println("len after third send:", len(buf))
	close(buf)
	sum := 0
	for v := range buf {
		sum += v
		fmt.Println("received", v, "running sum", sum)
	}
	v, open := <-buf
	fmt.Println("after close:", v, open)

	jobs := make(chan Job, 2)
	go func() {
		defer close(jobs)
		for i := range 4 {
			jobs <- Job{ID: i, Text: strings.Repeat("x", i+1)}
		}
	}()
	collected := []Job{}
	for j := range jobs {
		collected = append(collected, j)
	}
	fmt.Println("collected jobs:", collected)
	fmt.Printf("last job: %+v\n", collected[len(collected)-1])
}

func producer(out chan<- Job, words []string) {
	for i, w := range words {
		out <- Job{ID: i + 1, Text: w}
		produced++
	}
	close(out)
}
