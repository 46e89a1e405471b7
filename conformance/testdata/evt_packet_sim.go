// Discrete-event simulation of packets crossing a small network of
// routers with link latency and per-router serialization delay. A generic
// priority queue orders events by (time, sequence).
package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (q *PQ[T]) Len() int           { return len(q.items) }
func (q *PQ[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q *PQ[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T]) Pop() any {
	n := len(q.items) - 1
	x := q.items[n]
	q.items = q.items[:n]
	return x
}

type Event struct {
	At, Seq int
	Packet  int
	Node    string
}

type Packet struct {
	ID       int
	Src, Dst string
	TTL      int
	Hops     []string
}

type Link struct {
	To      string
	Latency int
}

func main() {
	topology := map[string][]Link{
		"A": {{"B", 2}, {"C", 5}},
		"B": {{"C", 1}, {"D", 7}},
		"C": {{"D", 2}, {"B", 1}},
		"D": {{"E", 3}},
		"E": {},
	}
	// Static next-hop routing table: node -> destination -> neighbour.
	routes := map[string]map[string]string{
		"A": {"B": "B", "C": "B", "D": "B", "E": "B", "X": "C"},
		"B": {"C": "C", "D": "C", "E": "C", "X": "C"},
		"C": {"B": "B", "D": "D", "E": "D", "X": "B"},
		"D": {"E": "E"},
	}
	const procDelay = 1
	busyUntil := map[string]int{}

	q := &PQ[Event]{less: func(a, b Event) bool {
		if a.At != b.At {
			return a.At < b.At
		}
		return a.Seq < b.Seq
	}}
	seq := 0
	push := func(at, pkt int, node string) {
		seq++
		heap.Push(q, Event{At: at, Seq: seq, Packet: pkt, Node: node})
	}
	packets := []*Packet{
		{ID: 1, Src: "A", Dst: "E", TTL: 8}, {ID: 2, Src: "A", Dst: "D", TTL: 8},
		{ID: 3, Src: "B", Dst: "E", TTL: 8}, {ID: 4, Src: "A", Dst: "X", TTL: 4},
		{ID: 5, Src: "C", Dst: "B", TTL: 8}, {ID: 6, Src: "A", Dst: "C", TTL: 8},
	}
	for i, p := range packets {
		push(i/2, i, p.Src)
	}
	delivered := map[int]int{}
	dropped := map[int]string{}

events:
	for q.Len() > 0 {
		ev := heap.Pop(q).(Event)
		p := packets[ev.Packet]
		p.Hops = append(p.Hops, ev.Node)
		if ev.Node == p.Dst {
			delivered[p.ID] = ev.At
			fmt.Printf("t=%2d pkt%d delivered at %s via %v\n", ev.At, p.ID, ev.Node, p.Hops)
			continue
		}
		p.TTL--
		next, ok := routes[ev.Node][p.Dst]
		switch {
		case p.TTL == 0:
			dropped[p.ID] = "ttl expired at " + ev.Node
			fmt.Printf("t=%2d pkt%d dropped: ttl expired at %s\n", ev.At, p.ID, ev.Node)
			continue events
		case !ok:
			dropped[p.ID] = "no route at " + ev.Node
			fmt.Printf("t=%2d pkt%d dropped: no route at %s\n", ev.At, p.ID, ev.Node)
			continue events
		}
		for _, l := range topology[ev.Node] {
			if l.To != next {
				continue
			}
			start := max(ev.At, busyUntil[ev.Node])
			busyUntil[ev.Node] = start + procDelay
			arrive := start + procDelay + l.Latency
			if start > ev.At {
				fmt.Printf("t=%2d pkt%d queued at %s for %d\n", ev.At, p.ID, ev.Node, start-ev.At)
			}
			push(arrive, ev.Packet, next)
			continue events
		}
		panic("route points to missing link from " + ev.Node)
	}

	ids := make([]int, 0, len(dropped))
	for id := range dropped {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	fmt.Printf("delivered %d, dropped %d\n", len(delivered), len(dropped))
	for _, id := range ids {
		fmt.Printf("  pkt%d: %s\n", id, dropped[id])
	}
}
