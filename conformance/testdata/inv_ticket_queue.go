package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"strings"
)

type Priority int

const (
	Low Priority = iota
	Normal
	High
	Urgent
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Normal:
		return "normal"
	case High:
		return "high"
	case Urgent:
		return "URGENT"
	}
	return "?"
}

type Ticket struct {
	ID       int
	Subject  string
	Priority Priority
	Seq      int
}

type ticketHeap []*Ticket

func (h ticketHeap) Len() int { return len(h) }
func (h ticketHeap) Less(i, j int) bool {
	if c := cmp.Compare(h[j].Priority, h[i].Priority); c != 0 {
		return c < 0
	}
	return h[i].Seq < h[j].Seq
}
func (h ticketHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *ticketHeap) Push(x any)   { *h = append(*h, x.(*Ticket)) }
func (h *ticketHeap) Pop() any {
	old := *h
	n := len(old)
	t := old[n-1]
	*h = old[:n-1]
	return t
}

type Desk struct {
	queue ticketHeap
	seq   int
	log   strings.Builder
}

func (d *Desk) Open(subject string, p Priority) {
	d.seq++
	t := &Ticket{ID: 100 + d.seq, Subject: subject, Priority: p, Seq: d.seq}
	heap.Push(&d.queue, t)
	fmt.Fprintf(&d.log, "open  #%d %-7v %q\n", t.ID, t.Priority, t.Subject)
}

func (d *Desk) Next() (Ticket, bool) {
	if d.queue.Len() == 0 {
		return Ticket{}, false
	}
	t := heap.Pop(&d.queue).(*Ticket)
	fmt.Fprintf(&d.log, "serve #%d\n", t.ID)
	return *t, true
}

func main() {
	d := &Desk{}
	d.Open("printer jammed", Normal)
	d.Open("password reset", Low)
	d.Open("server down", Urgent)
	d.Open("VPN slow", High)
	d.Open("new laptop", Low)
	d.Open("email bounce", High)

	counts := map[Priority]int{}
	for _, t := range d.queue {
		counts[t.Priority]++
	}
	fmt.Println("counts by priority:", counts)

	for range 3 {
		t, _ := d.Next()
		fmt.Printf("serving %+v\n", t)
	}
	d.Open("coffee machine", Urgent)
	for {
		t, ok := d.Next()
		if !ok {
			break
		}
		fmt.Printf("serving #%d [%v] %s\n", t.ID, t.Priority, t.Subject)
	}
	fmt.Println("--- log ---")
	fmt.Print(d.log.String())
	fmt.Println([]Priority{Urgent, Low, High})
}
