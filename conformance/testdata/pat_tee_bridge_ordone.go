package main

import "fmt"

// OrDone wraps c so that a reader stops as soon as done is closed.
func OrDone[T any](done <-chan struct{}, c <-chan T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

// Tee duplicates every value of in onto two outputs.
func Tee[T any](done <-chan struct{}, in <-chan T) (<-chan T, <-chan T) {
	out1, out2 := make(chan T), make(chan T)
	go func() {
		defer func() { close(out1); close(out2) }()
		for v := range OrDone(done, in) {
			a, b := out1, out2
			for range 2 {
				select {
				case a <- v:
					a = nil
				case b <- v:
					b = nil
				case <-done:
					return
				}
			}
		}
	}()
	return out1, out2
}

// Bridge flattens a channel of channels into one stream, in order.
func Bridge[T any](done <-chan struct{}, chans <-chan <-chan T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for c := range OrDone(done, chans) {
			for v := range OrDone(done, c) {
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func From[T any](vals ...T) <-chan T {
	c := make(chan T, len(vals))
	for _, v := range vals {
		c <- v
	}
	close(c)
	return c
}

func main() {
	done := make(chan struct{})
	batches := From(From(0, 1, 2, 3), From[int](), From(10, 11), From(20, 21, 22))
	left, right := Tee(done, Bridge(done, batches))
	var l, r []int
	for v := range left { // reading the outputs in lock step is enough for Tee
		w := <-right
		l, r = append(l, v), append(r, w*w)
	}
	close(done)
	fmt.Println("left:", l, "right:", r)
	// Cancellation: this stream of streams is never closed; only stop ends it.
	stop := make(chan struct{})
	open := make(chan (<-chan int), 1)
	open <- From(7, 8, 9)
	var got []int
	for v := range Bridge(stop, open) {
		if got = append(got, v); len(got) == 3 {
			close(stop)
		}
	}
	fmt.Println("bridged then stopped:", got)
}
