// Lab 24: avoiding goroutine leaks. Every goroutine that could block forever
// also listens on a done channel; after closing it we wait for all of them
// and count how many finished.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Tracker struct {
	wg       sync.WaitGroup
	started  atomic.Int32
	finished atomic.Int32
}

func (t *Tracker) Go(f func()) {
	t.started.Add(1)
	t.wg.Go(func() {
		defer t.finished.Add(1)
		f()
	})
}

func (t *Tracker) String() string {
	return fmt.Sprintf("started=%d finished=%d", t.started.Load(), t.finished.Load())
}

// naturals produces 0, 1, 2, ... until done is closed.
func naturals(t *Tracker, done <-chan struct{}) <-chan int {
	out := make(chan int)
	t.Go(func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	})
	return out
}

func squares(t *Tracker, done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	t.Go(func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-done:
				return
			}
		}
	})
	return out
}

// replicas: several identical lookups race; only the first answer is used.
// Without the done channel the losers would block forever on send.
func firstOf(t *Tracker, done <-chan struct{}, n int, key string) string {
	answers := make(chan string)
	for range n {
		t.Go(func() {
			v := fmt.Sprintf("value-of-%s", key)
			select {
			case answers <- v:
			case <-done:
			}
		})
	}
	return <-answers
}

func main() {
	var t Tracker
	done := make(chan struct{})

	sq := squares(&t, done, naturals(&t, done))
	var got []int
	for range 6 {
		got = append(got, <-sq)
	}
	fmt.Println("first squares:", got)

	fmt.Println("lookup:", firstOf(&t, done, 5, "alpha"))

	close(done)
	t.wg.Wait()
	fmt.Println(&t)
	fmt.Println("leaked:", t.started.Load()-t.finished.Load())
}
