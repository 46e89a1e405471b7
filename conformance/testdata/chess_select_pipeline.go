package main

import (
	"fmt"
	"strings"
	"time"
)

// Stage 1 emits moves of a game; stage 2 annotates them; stage 3 batches.
func emit(moves []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, m := range moves {
			out <- m
		}
	}()
	return out
}

func annotate(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for m := range in {
			switch {
			case strings.HasSuffix(m, "#"):
				m += " (mate!)"
			case strings.HasSuffix(m, "+"):
				m += " (check)"
			case strings.Contains(m, "x"):
				m += " (capture)"
			}
			out <- m
		}
	}()
	return out
}

func batch(in <-chan string, size int) <-chan []string {
	out := make(chan []string)
	go func() {
		defer close(out)
		var cur []string
		for m := range in {
			cur = append(cur, m)
			if len(cur) == size {
				out <- cur
				cur = nil
			}
		}
		if len(cur) > 0 {
			out <- cur
		}
	}()
	return out
}

func main() {
	scholars := []string{"e4", "e5", "Bc4", "Nc6", "Qh5", "Nf6", "Qxf7#"}
	n := 1
	for pair := range batch(annotate(emit(scholars)), 2) {
		fmt.Printf("%d. %s\n", n, strings.Join(pair, "  "))
		n++
	}

	// select with a quit channel and a buffered result channel.
	results := make(chan int, 3)
	quit := make(chan struct{})
	go func() {
		for i := 1; ; i++ {
			select {
			case results <- i * i:
			case <-quit:
				close(results)
				return
			}
		}
	}()
	for range 5 {
		fmt.Println("depth score:", <-results)
	}
	close(quit)
	for range results {
		// drain anything buffered before the producer saw quit
	}
	fmt.Println("producer stopped")

	// Non-blocking receive and a timeout case.
	idle := make(chan string)
	select {
	case msg := <-idle:
		fmt.Println("got", msg)
	default:
		fmt.Println("no engine output yet")
	}
	select {
	case msg := <-idle:
		fmt.Println("got", msg)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("engine timed out after", 10*time.Millisecond)
	}
}
