package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type edge struct {
	to    string
	price int
}

type item struct {
	city string
	cost int
}

type pq []item

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].cost != q[j].cost {
		return q[i].cost < q[j].cost
	}
	return q[i].city < q[j].city
}
func (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)   { *q = append(*q, x.(item)) }
func (q *pq) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

type Network struct {
	adj map[string][]edge
}

func (n *Network) Add(from, to string, price int) {
	if n.adj == nil {
		n.adj = make(map[string][]edge)
	}
	n.adj[from] = append(n.adj[from], edge{to, price})
}

func (n *Network) Cheapest(src, dst string) (int, []string, bool) {
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
		for _, e := range n.adj[cur.city] {
			nc := cur.cost + e.price
			if d, ok := dist[e.to]; !ok || nc < d {
				dist[e.to] = nc
				prev[e.to] = cur.city
				heap.Push(q, item{e.to, nc})
			}
		}
	}
	d, ok := dist[dst]
	if !ok {
		return 0, nil, false
	}
	path := []string{dst}
	for c := dst; c != src; {
		c = prev[c]
		path = append([]string{c}, path...)
	}
	return d, path, true
}

func main() {
	var net Network
	fares := `SYD SIN 420
SYD HKG 510
SIN DXB 380
HKG DXB 300
SIN LHR 690
DXB LHR 260
DXB IST 150
IST LHR 90
HKG LHR 820
LHR JFK 340`
	for _, line := range strings.Split(fares, "\n") {
		var a, b string
		var p int
		if _, err := fmt.Sscanf(line, "%s %s %d", &a, &b, &p); err != nil {
			fmt.Println("bad line:", err)
			continue
		}
		net.Add(a, b, p)
	}

	total := 0
	for _, es := range net.adj {
		total += len(es)
	}
	fmt.Printf("loaded %d fares from %d origin airports\n", total, len(net.adj))

	for _, q := range [][2]string{{"SYD", "LHR"}, {"SYD", "JFK"}, {"HKG", "IST"}, {"JFK", "SYD"}} {
		cost, path, ok := net.Cheapest(q[0], q[1])
		if !ok {
			fmt.Printf("%s to %s: no connection\n", q[0], q[1])
			continue
		}
		fmt.Printf("%s to %s: $%d via %s (%d stop(s))\n", q[0], q[1], cost, strings.Join(path, "-"), len(path)-2)
	}
}
