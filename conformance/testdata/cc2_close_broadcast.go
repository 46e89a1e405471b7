package main

import (
	"fmt"
	"sort"
	"sync"
)

// Closing a channel wakes every receiver at once, which a single send can
// never do: a send is delivered to exactly one receiver.

type event struct {
	waiter int
	how    string
}

func main() {
	const waiters = 6

	// 1. One send wakes only one of the waiters; close wakes the rest.
	start := make(chan int)
	woke := make(chan event, waiters)
	var wg sync.WaitGroup
	for i := 0; i < waiters; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, ok := <-start
			if ok {
				woke <- event{i, fmt.Sprintf("value %d", v)}
			} else {
				woke <- event{i, "closed"}
			}
		}()
	}
	start <- 42
	first := <-woke
	fmt.Println("after one send, woken:", first.how)
	close(start)
	wg.Wait()
	close(woke)
	closedCount := 0
	for e := range woke {
		if e.how == "closed" {
			closedCount++
		}
	}
	fmt.Println("woken by close:", closedCount)

	// 2. A done channel broadcast to waiters blocked in select.
	done := make(chan struct{})
	work := make(chan int) // never receives anything
	results := make([]string, waiters)
	for i := 0; i < waiters; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case v := <-work:
				results[i] = fmt.Sprint("work ", v)
			case <-done:
				results[i] = fmt.Sprintf("waiter %d saw shutdown", i)
			}
		}()
	}
	close(done)
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}

	// 3. Receives on a closed channel never block and yield the zero value,
	//    after first draining any buffered values.
	buf := make(chan string, 3)
	buf <- "a"
	buf <- "b"
	close(buf)
	for i := 0; i < 4; i++ {
		v, ok := <-buf
		fmt.Printf("receive %d: %q ok=%v\n", i, v, ok)
	}

	// 4. A reusable "gate": late arrivals also pass straight through.
	gate := make(chan struct{})
	var mu sync.Mutex
	var passed []int
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			mu.Lock()
			passed = append(passed, i)
			mu.Unlock()
		}()
	}
	close(gate)
	<-gate // the closer itself can also pass
	for i := 4; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			mu.Lock()
			passed = append(passed, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(passed)
	fmt.Println("passed the gate:", passed)

	// 5. Closing twice panics, so ownership of close matters.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(gate)
	}()
}
