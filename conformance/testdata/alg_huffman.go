package main

import (
	"container/heap"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type hnode struct {
	sym         rune
	freq, order int
	left, right *hnode
}

type nodeHeap []*hnode

func (h nodeHeap) Len() int { return len(h) }
func (h nodeHeap) Less(i, j int) bool {
	if h[i].freq != h[j].freq {
		return h[i].freq < h[j].freq
	}
	return h[i].order < h[j].order
}
func (h nodeHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *nodeHeap) Push(x any)   { *h = append(*h, x.(*hnode)) }
func (h *nodeHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type Code struct {
	Sym  rune
	Freq int
	Bits string
}

func huffman(text string) ([]Code, error) {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	if len(freq) == 0 {
		return nil, fmt.Errorf("huffman: empty input")
	}
	h := &nodeHeap{}
	order := 0
	for _, r := range slices.Sorted(maps.Keys(freq)) {
		heap.Push(h, &hnode{sym: r, freq: freq[r], order: order})
		order++
	}
	for h.Len() > 1 {
		a := heap.Pop(h).(*hnode)
		b := heap.Pop(h).(*hnode)
		heap.Push(h, &hnode{freq: a.freq + b.freq, order: order, left: a, right: b})
		order++
	}
	var codes []Code
	var walk func(n *hnode, prefix string)
	walk = func(n *hnode, prefix string) {
		if n.left == nil {
			if prefix == "" {
				prefix = "0"
			}
			codes = append(codes, Code{n.sym, n.freq, prefix})
			return
		}
		walk(n.left, prefix+"0")
		walk(n.right, prefix+"1")
	}
	walk(heap.Pop(h).(*hnode), "")
	slices.SortFunc(codes, func(a, b Code) int { return int(a.Sym - b.Sym) })
	return codes, nil
}

func main() {
	for _, text := range []string{"abracadabra", "aaaa", "this is an example of a huffman tree", ""} {
		codes, err := huffman(text)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		table := map[rune]string{}
		total := 0
		for _, c := range codes {
			fmt.Printf("  %q freq=%d code=%s\n", c.Sym, c.Freq, c.Bits)
			table[c.Sym] = c.Bits
			total += c.Freq * len(c.Bits)
		}
		var enc strings.Builder
		for _, r := range text {
			enc.WriteString(table[r])
		}
		fmt.Printf("%q: %d bits (vs %d), prefix=%s\n", text, total, 8*len(text), enc.String()[:min(24, enc.Len())])
	}
}
