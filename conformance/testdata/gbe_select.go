// Go by Example: Select
package main

import (
	"fmt"
	"slices"
)

func main() {
	// For our example we'll select across two channels.
	c1 := make(chan string)
	c2 := make(chan string)

	// The second goroutine sends only after "one" was received.
	step := make(chan struct{})
	go func() { c1 <- "one" }()
	go func() {
		<-step
		c2 <- "two"
	}()

	for range 2 {
		select {
		case msg1 := <-c1:
			fmt.Println("received", msg1)
			close(step)
		case msg2 := <-c2:
			fmt.Println("received", msg2)
		}
	}

	// When several cases are ready, select picks one at random,
	// so we collect and sort the results.
	a := make(chan int, 3)
	b := make(chan int, 3)
	for i := range 3 {
		a <- i
		b <- 10 + i
	}
	var got []int
	for range 6 {
		select {
		case v := <-a:
			got = append(got, v)
		case v := <-b:
			got = append(got, v)
		}
	}
	slices.Sort(got)
	fmt.Println("got:", got)

	// Setting a channel to nil disables its case, a common way
	// to merge channels until all of them are closed.
	x := make(chan string)
	y := make(chan string)
	go func() {
		for _, s := range []string{"x1", "x2"} {
			x <- s
		}
		close(x)
	}()
	go func() {
		for _, s := range []string{"y1", "y2", "y3"} {
			y <- s
		}
		close(y)
	}()
	var merged []string
	for x != nil || y != nil {
		select {
		case v, ok := <-x:
			if !ok {
				x = nil
				continue
			}
			merged = append(merged, v)
		case v, ok := <-y:
			if !ok {
				y = nil
				continue
			}
			merged = append(merged, v)
		}
	}
	slices.Sort(merged)
	fmt.Println("merged:", merged)
}
