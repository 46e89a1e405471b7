package main

import (
	"errors"
	"fmt"
	"strings"
)

// IndexedMinPQ stores a priority for each index 0..n-1 and supports
// decrease-key in O(log n) by tracking each index's heap position.
type IndexedMinPQ struct {
	heap []int // heap position -> index
	pos  []int // index -> heap position, -1 if absent
	key  []int
}

var ErrNotPresent = errors.New("index not in queue")

func NewIndexedMinPQ(n int) *IndexedMinPQ {
	pq := &IndexedMinPQ{pos: make([]int, n), key: make([]int, n)}
	for i := range pq.pos {
		pq.pos[i] = -1
	}
	return pq
}

func (pq *IndexedMinPQ) Len() int            { return len(pq.heap) }
func (pq *IndexedMinPQ) Contains(i int) bool { return pq.pos[i] >= 0 }

func (pq *IndexedMinPQ) swap(a, b int) {
	pq.heap[a], pq.heap[b] = pq.heap[b], pq.heap[a]
	pq.pos[pq.heap[a]] = a
	pq.pos[pq.heap[b]] = b
}

func (pq *IndexedMinPQ) less(a, b int) bool {
	ka, kb := pq.key[pq.heap[a]], pq.key[pq.heap[b]]
	return ka < kb || (ka == kb && pq.heap[a] < pq.heap[b])
}

func (pq *IndexedMinPQ) up(h int) {
	for h > 0 && pq.less(h, (h-1)/2) {
		pq.swap(h, (h-1)/2)
		h = (h - 1) / 2
	}
}

func (pq *IndexedMinPQ) down(h int) {
	for {
		c := 2*h + 1
		if c >= len(pq.heap) {
			return
		}
		if c+1 < len(pq.heap) && pq.less(c+1, c) {
			c++
		}
		if !pq.less(c, h) {
			return
		}
		pq.swap(h, c)
		h = c
	}
}

func (pq *IndexedMinPQ) Push(i, k int) {
	pq.key[i] = k
	pq.pos[i] = len(pq.heap)
	pq.heap = append(pq.heap, i)
	pq.up(pq.pos[i])
}

func (pq *IndexedMinPQ) DecreaseKey(i, k int) error {
	if !pq.Contains(i) {
		return fmt.Errorf("decrease-key %d: %w", i, ErrNotPresent)
	}
	if k > pq.key[i] {
		return fmt.Errorf("decrease-key %d: new key %d > current %d", i, k, pq.key[i])
	}
	pq.key[i] = k
	pq.up(pq.pos[i])
	return nil
}

func (pq *IndexedMinPQ) Pop() (idx, k int) {
	idx = pq.heap[0]
	last := len(pq.heap) - 1
	pq.swap(0, last)
	pq.heap = pq.heap[:last]
	pq.pos[idx] = -1
	pq.down(0)
	return idx, pq.key[idx]
}

type arc struct{ to, w int }

func dijkstra(adj [][]arc, src int) (dist, prev []int, decreases int) {
	const inf = 1 << 60
	n := len(adj)
	dist, prev = make([]int, n), make([]int, n)
	pq := NewIndexedMinPQ(n)
	for v := range n {
		dist[v], prev[v] = inf, -1
	}
	dist[src] = 0
	pq.Push(src, 0)
	for pq.Len() > 0 {
		u, d := pq.Pop()
		for _, a := range adj[u] {
			nd := d + a.w
			if nd >= dist[a.to] {
				continue
			}
			dist[a.to], prev[a.to] = nd, u
			if pq.Contains(a.to) {
				pq.DecreaseKey(a.to, nd)
				decreases++
			} else {
				pq.Push(a.to, nd)
			}
		}
	}
	return dist, prev, decreases
}

func main() {
	names := []string{"A", "B", "C", "D", "E", "F"}
	adj := [][]arc{
		{{1, 7}, {2, 9}, {5, 14}}, {{0, 7}, {2, 10}, {3, 15}}, {{0, 9}, {1, 10}, {3, 11}, {5, 2}},
		{{1, 15}, {2, 11}, {4, 6}}, {{3, 6}, {5, 9}}, {{0, 14}, {2, 2}, {4, 9}},
	}
	dist, prev, dec := dijkstra(adj, 0)
	fmt.Println("decrease-key calls:", dec)
	for v := range adj {
		var path []string
		for u := v; u != -1; u = prev[u] {
			path = append([]string{names[u]}, path...)
		}
		fmt.Printf("A -> %s: %2d via %s\n", names[v], dist[v], strings.Join(path, "-"))
	}
	pq := NewIndexedMinPQ(4)
	pq.Push(0, 5)
	pq.Push(2, 8)
	fmt.Println(pq.DecreaseKey(1, 3))
	fmt.Println(pq.DecreaseKey(2, 9))
	fmt.Println(pq.DecreaseKey(2, 1), pq.heap)
}
