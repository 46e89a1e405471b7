package main

import (
	"fmt"
	"strings"
	"time"
)

type Reason int

const (
	Full Reason = iota
	Tick
	Final
)

func (r Reason) String() string {
	switch r {
	case Full:
		return "full"
	case Tick:
		return "tick"
	}
	return "final"
}

type Batch struct {
	Items  []string
	Reason Reason
	At     time.Duration // fake time of the flush
}

func (b Batch) String() string {
	return fmt.Sprintf("[%-5v t=%-4v] %s", b.Reason, b.At, strings.Join(b.Items, ","))
}

// Batcher groups items and flushes when full or when the (fake) ticker fires.
func Batcher(in <-chan string, ticks <-chan time.Duration, max int) <-chan Batch {
	out := make(chan Batch, 16)
	go func() {
		defer close(out)
		var cur []string
		var now time.Duration
		flush := func(r Reason) {
			if len(cur) > 0 {
				out <- Batch{cur, r, now}
				cur = nil
			}
		}
		for {
			select {
			case item, ok := <-in:
				if !ok {
					flush(Final)
					return
				}
				cur = append(cur, item)
				if len(cur) == max {
					flush(Full)
				}
			case now = <-ticks:
				flush(Tick)
			}
		}
	}()
	return out
}

func main() {
	in := make(chan string) // unbuffered: each send is received before the next step
	ticks := make(chan time.Duration)
	batches := Batcher(in, ticks, 3)

	script := "a b | c d e f g | | h | i j k l m n o p"
	var clock time.Duration
	for _, tok := range strings.Fields(script) {
		if tok == "|" {
			clock += 100 * time.Millisecond
			ticks <- clock
			continue
		}
		in <- tok
	}
	close(in)

	count, items := 0, 0
	for b := range batches {
		count++
		items += len(b.Items)
		fmt.Println(b)
	}
	fmt.Printf("batches=%d items=%d\n", count, items)
}
