// Lecture 7 (pitfalls): who is allowed to close a channel?
//
// Rule: only the sender closes, and only when it will never send again.
// Receiving from a closed channel is fine (you get the zero value and
// ok == false), but *sending* on a closed channel panics. This demo shows the
// safe behaviours first and ends by deliberately breaking the rule.
package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID    int
	Input int
}

func squareWorker(jobs <-chan Job, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		out <- fmt.Sprintf("job %d: %d^2 = %d", j.ID, j.Input, j.Input*j.Input)
	}
}

func main() {
	// 1. Correct: the single sender closes after its last send.
	jobs := make(chan Job, 4)
	go func() {
		defer close(jobs)
		for i := 1; i <= 4; i++ {
			jobs <- Job{ID: i, Input: i * 3}
		}
	}()
	out := make(chan string, 4)
	var wg sync.WaitGroup
	wg.Add(1)
	go squareWorker(jobs, out, &wg)
	wg.Wait()
	close(out) // main is the only remaining sender-side owner of out
	for line := range out {
		fmt.Println(line)
	}

	// 2. Receiving from a closed channel never blocks.
	v, ok := <-out
	fmt.Printf("receive after close: value=%q ok=%v\n", v, ok)

	// 3. Closing twice or sending after close are both programming errors.
	//    recover() lets us observe the first one without crashing.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(out)
	}()

	// 4. The bug from a student's submission: the "collector" closes the
	//    results channel as soon as it has seen enough results, but one more
	//    result is still being sent. This time nothing recovers.
	results := make(chan int, 3)
	results <- 10
	results <- 20
	fmt.Println("collector has", len(results), "results, closing early")
	close(results)
	fmt.Println("late producer sends its result...")
	results <- 30 // panic: send on closed channel
	fmt.Println("unreachable")
}
