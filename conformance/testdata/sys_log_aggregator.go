package main

import (
	"container/heap"
	"fmt"
)

type Level int

const (
	Info Level = iota
	Warn
	Error
)

func (l Level) String() string { return [...]string{"INFO", "WARN", "ERROR"}[l] }

type Record struct {
	TS     int
	Source string
	Level  Level
	Msg    string
}

type item struct {
	rec Record
	src int
}

type mergeHeap []item

func (h mergeHeap) Len() int { return len(h) }
func (h mergeHeap) Less(i, j int) bool {
	if h[i].rec.TS != h[j].rec.TS {
		return h[i].rec.TS < h[j].rec.TS
	}
	return h[i].rec.Source < h[j].rec.Source
}
func (h mergeHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *mergeHeap) Push(x any)   { *h = append(*h, x.(item)) }
func (h *mergeHeap) Pop() any {
	o := *h
	x := o[len(o)-1]
	*h = o[:len(o)-1]
	return x
}

func producer(name string, start, step, n int) <-chan Record {
	ch := make(chan Record, 2)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- Record{TS: start + i*step, Source: name, Level: Level(i % 3), Msg: fmt.Sprintf("event %d", i)}
		}
	}()
	return ch
}

// Merge performs a k-way merge of sorted channels into one sorted channel.
func Merge(ins ...<-chan Record) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		h := &mergeHeap{}
		for i, in := range ins {
			if r, ok := <-in; ok {
				heap.Push(h, item{r, i})
			}
		}
		for h.Len() > 0 {
			it := heap.Pop(h).(item)
			out <- it.rec
			if r, ok := <-ins[it.src]; ok {
				heap.Push(h, item{r, it.src})
			}
		}
	}()
	return out
}

func main() {
	merged := Merge(
		producer("api", 0, 3, 5),
		producer("db", 1, 4, 4),
		producer("web", 0, 5, 4),
	)
	prev := -1
	sorted := true
	for r := range merged {
		if r.TS < prev {
			sorted = false
		}
		prev = r.TS
		fmt.Printf("t=%02d %-3s %-5v %s\n", r.TS, r.Source, r.Level, r.Msg)
	}
	fmt.Println("sorted:", sorted)
}
