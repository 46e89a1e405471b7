package main

import "fmt"

// fibs yields Fibonacci numbers until done is closed.
func fibs(done <-chan struct{}) <-chan uint64 {
	out := make(chan uint64)
	go func() {
		defer close(out)
		a, b := uint64(0), uint64(1)
		for {
			select {
			case out <- a:
				a, b = b, a+b
			case <-done:
				return
			}
		}
	}()
	return out
}

// take forwards the first n values from in.
func take[T any](done <-chan struct{}, in <-chan T, n int) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			select {
			case v, ok := <-in:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
				}
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	var got []uint64
	for v := range take(done, fibs(done), 15) {
		got = append(got, v)
	}
	close(done) // stops the fibs generator, which would otherwise run forever
	fmt.Println("first 15 fibs:", got)

	// Closing a done channel is a broadcast: every receiver sees it.
	stop := make(chan struct{})
	finished := make(chan int)
	for id := 1; id <= 3; id++ {
		go func() {
			<-stop
			finished <- id * 10
		}()
	}
	close(stop)
	sum := 0
	for range 3 {
		sum += <-finished
	}
	fmt.Println("all three workers saw stop; id sum:", sum)

	// Reading from a closed channel returns the zero value immediately.
	v, ok := <-stop
	fmt.Printf("closed receive: %v %v\n", v, ok)
}
