package main

import "fmt"

type Job struct {
	ID   int
	Name string
}

func report(label string, ch chan Job) {
	fmt.Printf("%-22s len=%d cap=%d\n", label, len(ch), cap(ch))
}

func main() {
	jobs := make(chan Job, 4)
	report("fresh", jobs)

	for i := 1; i <= 3; i++ {
		jobs <- Job{i, fmt.Sprintf("job-%d", i)}
		report(fmt.Sprintf("after send %d", i), jobs)
	}

	j := <-jobs
	fmt.Printf("received %+v\n", j)
	report("after one receive", jobs)

	close(jobs)
	report("after close", jobs)

	// Remaining buffered values are still delivered after close.
	for j := range jobs {
		fmt.Printf("drained %+v\n", j)
	}
	report("after drain", jobs)

	// Receive from closed, empty channel yields zero value.
	z, ok := <-jobs
	fmt.Printf("zero from closed: %+v ok=%v\n", z, ok)

	// Unbuffered and nil channels
	unbuf := make(chan int)
	var nilCh chan int
	fmt.Println("unbuffered len/cap:", len(unbuf), cap(unbuf))
	fmt.Println("nil chan len/cap:", len(nilCh), cap(nilCh), "is nil:", nilCh == nil)

	// Channel of channels: request/response pattern
	type request struct {
		n     int
		reply chan int
	}
	reqs := make(chan request)
	go func() {
		for r := range reqs {
			r.reply <- r.n * r.n
		}
	}()
	for _, n := range []int{3, 4, 5} {
		reply := make(chan int, 1)
		reqs <- request{n, reply}
		fmt.Printf("square(%d) = %d\n", n, <-reply)
	}
	close(reqs)

	// Directional channel types
	var sendOnly chan<- int = make(chan int, 2)
	sendOnly <- 1
	fmt.Printf("types: %T | %T | %T\n", sendOnly, (<-chan int)(nil), jobs)
	fmt.Println("sendOnly len:", len(sendOnly))

	// Using a buffered channel as a semaphore
	sem := make(chan struct{}, 2)
	results := make([]string, 5)
	done := make(chan int)
	for i := range 5 {
		go func() {
			sem <- struct{}{}
			results[i] = fmt.Sprintf("task%d(ok)", i)
			<-sem
			done <- i
		}()
	}
	for range 5 {
		<-done
	}
	fmt.Println("results:", results)
	fmt.Println("semaphore empty:", len(sem) == 0)
}
