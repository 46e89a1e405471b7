package main

import (
	"fmt"
	"slices"
	"sync"
)

func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func squares(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func produce(out chan<- string, words []string) {
	for _, w := range words {
		out <- w
	}
	close(out)
}

func main() {
	// Step 1: a buffered channel holds values without a receiver
	buf := make(chan int, 3)
	buf <- 10
	buf <- 20
	fmt.Println("step 1: len", len(buf), "cap", cap(buf))

	// Step 2: receive in FIFO order
	fmt.Println("step 2:", <-buf, <-buf)

	// Step 3: an unbuffered channel synchronizes two goroutines
	ping := make(chan string)
	go func() { ping <- "ping" }()
	msg := <-ping
	fmt.Println("step 3:", msg)

	// Step 4: comma-ok receive distinguishes closed channels
	buf <- 30
	close(buf)
	v, ok := <-buf
	fmt.Println("step 4:", v, ok)
	v, ok = <-buf
	fmt.Println("step 5:", v, ok)

	// Step 6: range over a channel until it is closed
	words := make(chan string)
	go produce(words, []string{"alpha", "beta", "gamma"})
	for w := range words {
		fmt.Println("step 6:", w)
	}

	// Step 7: a pipeline
	sum := 0
	for sq := range squares(generate(1, 2, 3, 4, 5)) {
		sum += sq
	}
	fmt.Println("step 7: sum of squares", sum)

	// Step 8: a done channel
	done := make(chan struct{})
	var result int
	go func() {
		result = 6 * 7
		close(done)
	}()
	<-done
	fmt.Println("step 8:", result)

	// Step 9: fan-out workers, fan-in results, sort before printing
	jobs := make(chan int, 10)
	out := make(chan string, 10)
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			for j := range jobs {
				out <- fmt.Sprintf("job %02d -> %d", j, j*j)
			}
		})
	}
	for j := 1; j <= 6; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	slices.Sort(lines)
	for _, l := range lines {
		fmt.Println("step 9:", l)
	}

	// Step 10: a channel of channels for request/response
	type request struct {
		n     int
		reply chan int
	}
	reqs := make(chan request)
	go func() {
		for r := range reqs {
			r.reply <- r.n * 100
		}
	}()
	for _, n := range []int{1, 2, 3} {
		reply := make(chan int)
		reqs <- request{n, reply}
		fmt.Println("step 10:", n, "->", <-reply)
	}
	close(reqs)

	// Step 11: a semaphore limits concurrency
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxSeen, current := 0, 0
	for range 6 {
		wg.Go(func() {
			sem <- struct{}{}
			mu.Lock()
			current++
			maxSeen = max(maxSeen, current)
			mu.Unlock()
			mu.Lock()
			current--
			mu.Unlock()
			<-sem
		})
	}
	wg.Wait()
	fmt.Println("step 11: never more than 2 at once:", maxSeen <= 2)
}
