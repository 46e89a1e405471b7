package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Priority int

const (
	Normal Priority = iota
	Rush
	VIP
)

func (p Priority) String() string {
	return [...]string{"normal", "rush", "VIP"}[p]
}

type Order struct {
	ID       int
	Table    string
	Items    []string
	Priority Priority
	Arrived  int // minute
}

type orderHeap []*Order

func (h orderHeap) Len() int { return len(h) }
func (h orderHeap) Less(i, j int) bool {
	if h[i].Priority != h[j].Priority {
		return h[i].Priority > h[j].Priority
	}
	return h[i].Arrived < h[j].Arrived || (h[i].Arrived == h[j].Arrived && h[i].ID < h[j].ID)
}
func (h orderHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *orderHeap) Push(x any)   { *h = append(*h, x.(*Order)) }
func (h *orderHeap) Pop() any {
	old := *h
	o := old[len(old)-1]
	*h = old[:len(old)-1]
	return o
}

type Kitchen struct {
	queue    orderHeap
	cookTime map[string]int
	clock    int
}

func (k *Kitchen) Submit(o *Order) { heap.Push(&k.queue, o) }

func (k *Kitchen) prep(items []string) int {
	longest := 0
	for _, it := range items {
		t, ok := k.cookTime[it]
		if !ok {
			t = 5
		}
		longest = max(longest, t)
	}
	return longest
}

// Run cooks one order at a time, admitting orders as they arrive.
func (k *Kitchen) Run(incoming []*Order) {
	next := 0
	for next < len(incoming) || k.queue.Len() > 0 {
		for next < len(incoming) && incoming[next].Arrived <= k.clock {
			k.Submit(incoming[next])
			next++
		}
		if k.queue.Len() == 0 {
			k.clock = incoming[next].Arrived
			continue
		}
		o := heap.Pop(&k.queue).(*Order)
		start := k.clock
		k.clock += k.prep(o.Items)
		fmt.Printf("t=%02d-%02d #%d %-6s %-3s waited %2d min: %s\n",
			start, k.clock, o.ID, o.Priority, o.Table, start-o.Arrived, strings.Join(o.Items, ", "))
	}
}

func main() {
	k := &Kitchen{cookTime: map[string]int{"soup": 3, "steak": 12, "salad": 4, "pasta": 8, "fries": 5}}
	orders := []*Order{
		{1, "T1", []string{"soup", "salad"}, Normal, 0},
		{2, "T2", []string{"steak", "fries"}, Normal, 1},
		{3, "T3", []string{"pasta"}, Rush, 2},
		{4, "T4", []string{"salad"}, VIP, 5},
		{5, "T5", []string{"steak"}, Normal, 5},
		{6, "T6", []string{"tiramisu"}, Rush, 6},
		{7, "T2", []string{"soup"}, VIP, 30},
		{8, "T7", []string{"fries", "soup"}, Normal, 60},
	}
	k.Run(orders)
	fmt.Println("kitchen closed at minute", k.clock)
}
