package main

import (
	"container/heap"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Flight struct {
	From, To string
	Price    int
}

type Graph map[string][]Flight

type item struct {
	city string
	cost int
}

type pq []item

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	return q[i].cost < q[j].cost || (q[i].cost == q[j].cost && q[i].city < q[j].city)
}
func (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)   { *q = append(*q, x.(item)) }
func (q *pq) Pop() any     { old := *q; x := old[len(old)-1]; *q = old[:len(old)-1]; return x }

var ErrNoRoute = errors.New("no route")

func (g Graph) Cheapest(src, dst string) ([]string, int, error) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	q := &pq{{src, 0}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(item)
		if cur.cost > dist[cur.city] {
			continue
		}
		if cur.city == dst {
			break
		}
		for _, f := range g[cur.city] {
			nc := cur.cost + f.Price
			if d, ok := dist[f.To]; !ok || nc < d {
				dist[f.To] = nc
				prev[f.To] = cur.city
				heap.Push(q, item{f.To, nc})
			}
		}
	}
	cost, ok := dist[dst]
	if !ok {
		return nil, 0, fmt.Errorf("%s->%s: %w", src, dst, ErrNoRoute)
	}
	path := []string{dst}
	for c := dst; c != src; {
		c = prev[c]
		path = append(path, c)
	}
	slices.Reverse(path)
	return path, cost, nil
}

func main() {
	flights := []Flight{
		{"BOS", "JFK", 90}, {"BOS", "ORD", 180}, {"JFK", "ORD", 70}, {"JFK", "ATL", 120},
		{"ORD", "DEN", 110}, {"ATL", "DEN", 150}, {"DEN", "SFO", 95}, {"ORD", "SFO", 260},
		{"ATL", "MIA", 60}, {"SEA", "SFO", 80},
	}
	g := Graph{}
	for _, f := range flights {
		g[f.From] = append(g[f.From], f)
	}
	for _, q := range [][2]string{{"BOS", "SFO"}, {"BOS", "MIA"}, {"JFK", "DEN"}, {"SFO", "BOS"}, {"BOS", "BOS"}} {
		path, cost, err := g.Cheapest(q[0], q[1])
		if errors.Is(err, ErrNoRoute) {
			fmt.Printf("%s -> %s: %v\n", q[0], q[1], err)
			continue
		}
		fmt.Printf("%s -> %s: $%4d via %s (%d legs)\n", q[0], q[1], cost, strings.Join(path, "→"), len(path)-1)
	}
}
