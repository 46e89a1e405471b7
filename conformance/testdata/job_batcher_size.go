package main

import (
	"fmt"
	"strings"
)

type Event struct {
	ID   int
	Kind string
}

type Batch struct {
	Seq    int
	Reason string
	Events []Event
}

// Batcher groups incoming events and flushes when the batch reaches Size,
// when a flush is explicitly requested, or when the input is closed.
type Batcher struct {
	Size    int
	In      chan Event
	FlushRq chan chan int
	Out     chan Batch
}

func NewBatcher(size int) *Batcher {
	b := &Batcher{Size: size, In: make(chan Event), FlushRq: make(chan chan int), Out: make(chan Batch, 16)}
	go b.run()
	return b
}

func (b *Batcher) run() {
	defer close(b.Out)
	seq := 0
	var pending []Event
	flush := func(reason string) int {
		if len(pending) == 0 {
			return 0
		}
		seq++
		n := len(pending)
		b.Out <- Batch{Seq: seq, Reason: reason, Events: pending}
		pending = make([]Event, 0, b.Size)
		return n
	}
	for {
		select {
		case ev, ok := <-b.In:
			if !ok {
				flush("close")
				return
			}
			pending = append(pending, ev)
			if len(pending) >= b.Size {
				flush("size")
			}
		case reply := <-b.FlushRq:
			reply <- flush("manual")
		}
	}
}

func (b *Batcher) Flush() int {
	reply := make(chan int)
	b.FlushRq <- reply
	return <-reply
}

func main() {
	b := NewBatcher(4)
	kinds := []string{"click", "view", "purchase"}
	done := make(chan []Batch)
	go func() {
		var all []Batch
		for batch := range b.Out {
			all = append(all, batch)
		}
		done <- all
	}()

	id := 0
	send := func(n int) {
		for i := 0; i < n; i++ {
			id++
			b.In <- Event{ID: id, Kind: kinds[id%len(kinds)]}
		}
	}
	send(10)
	fmt.Println("manual flush moved", b.Flush(), "events")
	fmt.Println("empty flush moved", b.Flush(), "events")
	send(7)
	close(b.In)

	batches := <-done
	total := 0
	perKind := map[string]int{}
	for _, batch := range batches {
		ids := make([]string, len(batch.Events))
		for i, ev := range batch.Events {
			ids[i] = fmt.Sprint(ev.ID)
			perKind[ev.Kind]++
		}
		total += len(batch.Events)
		fmt.Printf("batch %d (%-6s) size=%d ids=[%s]\n", batch.Seq, batch.Reason, len(batch.Events), strings.Join(ids, ","))
	}
	fmt.Println("batches:", len(batches), "events:", total)
	for _, k := range kinds {
		fmt.Printf("  %-8s %d\n", k, perKind[k])
	}
}
