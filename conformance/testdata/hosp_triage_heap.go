package main

import (
	"container/heap"
	"fmt"
)

type Case struct {
	Patient  string
	Severity int // 1 = most urgent
	Arrival  int // arrival order
}

type TriageQueue []*Case

func (q TriageQueue) Len() int { return len(q) }

func (q TriageQueue) Less(i, j int) bool {
	if q[i].Severity != q[j].Severity {
		return q[i].Severity < q[j].Severity
	}
	return q[i].Arrival < q[j].Arrival
}

func (q TriageQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }

func (q *TriageQueue) Push(x any) {
	*q = append(*q, x.(*Case))
}

func (q *TriageQueue) Pop() any {
	old := *q
	n := len(old)
	c := old[n-1]
	old[n-1] = nil
	*q = old[:n-1]
	return c
}

func label(sev int) string {
	switch sev {
	case 1:
		return "RESUSCITATION"
	case 2:
		return "EMERGENT"
	case 3:
		return "URGENT"
	case 4:
		return "LESS URGENT"
	default:
		return "NON-URGENT"
	}
}

func main() {
	arrivals := []struct {
		name string
		sev  int
	}{
		{"Baker", 3}, {"Chen", 5}, {"Diaz", 1}, {"Evans", 3},
		{"Fischer", 2}, {"Garcia", 4}, {"Hughes", 1}, {"Ito", 5},
	}

	q := &TriageQueue{}
	heap.Init(q)
	for i, a := range arrivals {
		heap.Push(q, &Case{Patient: a.name, Severity: a.sev, Arrival: i})
		fmt.Printf("arrived: %-8s severity=%d queue=%d\n", a.name, a.sev, q.Len())
	}

	fmt.Println("--- treatment order ---")
	seen := 0
	for q.Len() > 0 {
		c := heap.Pop(q).(*Case)
		seen++
		fmt.Printf("%d. %-8s %-14s (arrived #%d)\n", seen, c.Patient, label(c.Severity), c.Arrival+1)
	}
}
