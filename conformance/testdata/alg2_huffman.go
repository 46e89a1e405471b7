package main

import (
	"container/heap"
	"fmt"
	"slices"
	"strings"
)

type node struct {
	freq        int
	sym         rune
	order       int
	left, right *node
}

type nodeHeap []*node

func (h nodeHeap) Len() int { return len(h) }
func (h nodeHeap) Less(i, j int) bool {
	if h[i].freq != h[j].freq {
		return h[i].freq < h[j].freq
	}
	return h[i].order < h[j].order
}
func (h nodeHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *nodeHeap) Push(x any)   { *h = append(*h, x.(*node)) }
func (h *nodeHeap) Pop() any {
	old := *h
	n := old[len(old)-1]
	*h = old[:len(old)-1]
	return n
}

func buildTree(text string) *node {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	syms := make([]rune, 0, len(freq))
	for r := range freq {
		syms = append(syms, r)
	}
	slices.Sort(syms)
	h := &nodeHeap{}
	order := 0
	for _, r := range syms {
		heap.Push(h, &node{freq: freq[r], sym: r, order: order})
		order++
	}
	for h.Len() > 1 {
		a := heap.Pop(h).(*node)
		b := heap.Pop(h).(*node)
		heap.Push(h, &node{freq: a.freq + b.freq, order: order, left: a, right: b})
		order++
	}
	return heap.Pop(h).(*node)
}

func assignCodes(n *node, prefix string, codes map[rune]string) {
	if n.left == nil {
		if prefix == "" {
			prefix = "0"
		}
		codes[n.sym] = prefix
		return
	}
	assignCodes(n.left, prefix+"0", codes)
	assignCodes(n.right, prefix+"1", codes)
}

func decode(root *node, bits string) string {
	var sb strings.Builder
	cur := root
	for _, b := range bits {
		if b == '0' {
			cur = cur.left
		} else {
			cur = cur.right
		}
		if cur.left == nil {
			sb.WriteRune(cur.sym)
			cur = root
		}
	}
	return sb.String()
}

func main() {
	text := "abracadabra alakazam"
	root := buildTree(text)
	codes := map[rune]string{}
	assignCodes(root, "", codes)

	syms := make([]rune, 0, len(codes))
	for r := range codes {
		syms = append(syms, r)
	}
	slices.Sort(syms)
	counts := map[rune]int{}
	for _, r := range text {
		counts[r]++
	}
	for _, r := range syms {
		fmt.Printf("%q freq=%d code=%s\n", r, counts[r], codes[r])
	}

	var enc strings.Builder
	for _, r := range text {
		enc.WriteString(codes[r])
	}
	bits := enc.String()
	fmt.Println("encoded:", bits)
	fmt.Printf("bits: %d vs fixed 8-bit: %d\n", len(bits), 8*len(text))
	weighted := 0
	for _, r := range syms {
		weighted += counts[r] * len(codes[r])
	}
	fmt.Println("weighted path length:", weighted, "root freq:", root.freq)
	decoded := decode(root, bits)
	fmt.Printf("decoded: %q roundtrip=%v\n", decoded, decoded == text)
}
