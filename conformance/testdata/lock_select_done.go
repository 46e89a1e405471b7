package main

import (
	"fmt"
	"sort"
)

type event struct {
	kind string
	val  int
}

// router receives from several channels with select until done closes.
func router(nums <-chan int, words <-chan string, done <-chan struct{}, out chan<- event) {
	defer close(out)
	for {
		select {
		case n, ok := <-nums:
			if !ok {
				nums = nil // stop selecting on a closed channel
				continue
			}
			out <- event{"num", n}
		case w, ok := <-words:
			if !ok {
				words = nil
				continue
			}
			out <- event{"word", len(w)}
		case <-done:
			out <- event{"done", 0}
			return
		}
	}
}

func main() {
	nums := make(chan int)
	words := make(chan string)
	done := make(chan struct{})
	out := make(chan event)
	go router(nums, words, done, out)

	finished := make(chan struct{}, 2)
	go func() {
		for i := 1; i <= 6; i++ {
			nums <- i * 10
		}
		close(nums)
		finished <- struct{}{}
	}()
	go func() {
		for _, w := range []string{"select", "case", "default", "go"} {
			words <- w
		}
		close(words)
		finished <- struct{}{}
	}()
	go func() {
		<-finished
		<-finished
		close(done)
	}()

	var numVals, wordLens []int
	sawDone := false
	for e := range out {
		switch e.kind {
		case "num":
			numVals = append(numVals, e.val)
		case "word":
			wordLens = append(wordLens, e.val)
		case "done":
			sawDone = true
		}
	}
	fmt.Println("numbers in send order:", numVals)
	sort.Ints(wordLens)
	fmt.Println("word lengths sorted:", wordLens)
	fmt.Println("done observed:", sawDone)

	// Non-blocking send and receive with default.
	mailbox := make(chan string, 2)
	for _, msg := range []string{"one", "two", "three"} {
		select {
		case mailbox <- msg:
			fmt.Println("queued", msg)
		default:
			fmt.Println("mailbox full, dropped", msg)
		}
	}
	for {
		select {
		case m := <-mailbox:
			fmt.Println("read", m)
			continue
		default:
			fmt.Println("mailbox empty")
		}
		break
	}

	// A nil channel is never ready in a select.
	var never chan int
	ready := make(chan int, 1)
	ready <- 7
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case v := <-ready:
		fmt.Println("got from ready channel:", v)
	}
}
