package main

import (
	"fmt"
	"slices"
	"strings"
)

type Request struct {
	Key   string
	Reply chan string
}

type Batch struct {
	Tick int
	Keys []string
}

func (b Batch) String() string {
	return fmt.Sprintf("tick %d: batch of %d [%s]", b.Tick, len(b.Keys), strings.Join(b.Keys, ","))
}

// Coalescer gathers requests between explicit ticks and serves them in one backend call.
type Coalescer struct {
	reqs    chan Request
	ticks   chan int
	backend func([]string) map[string]string
	Batches []Batch
	done    chan struct{}
}

func NewCoalescer(backend func([]string) map[string]string) *Coalescer {
	c := &Coalescer{reqs: make(chan Request), ticks: make(chan int), backend: backend, done: make(chan struct{})}
	go c.run()
	return c
}

func (c *Coalescer) run() {
	defer close(c.done)
	var pending []Request
	for {
		select {
		case r := <-c.reqs:
			pending = append(pending, r)
		case t, ok := <-c.ticks:
			if !ok {
				return
			}
			if len(pending) == 0 {
				continue
			}
			keys := make([]string, 0, len(pending))
			for _, r := range pending {
				keys = append(keys, r.Key)
			}
			slices.Sort(keys)
			keys = slices.Compact(keys)
			res := c.backend(keys)
			c.Batches = append(c.Batches, Batch{t, keys})
			for _, r := range pending {
				r.Reply <- res[r.Key]
			}
			pending = nil
		}
	}
}

func main() {
	calls := 0
	c := NewCoalescer(func(keys []string) map[string]string {
		calls++
		m := map[string]string{}
		for _, k := range keys {
			m[k] = strings.ToUpper(k)
		}
		return m
	})
	waves := [][]string{{"a", "b", "a", "c"}, {}, {"b", "d", "d"}, {"e"}}
	for tick, wave := range waves {
		replies := make([]chan string, len(wave))
		for i, k := range wave {
			replies[i] = make(chan string, 1)
			c.reqs <- Request{k, replies[i]}
		}
		c.ticks <- tick
		got := make([]string, len(wave))
		for i := range wave {
			got[i] = <-replies[i]
		}
		fmt.Printf("tick %d replies: %v\n", tick, got)
	}
	close(c.ticks)
	<-c.done
	for _, b := range c.Batches {
		fmt.Println(b)
	}
	fmt.Println("backend calls:", calls)
}
