package main

import (
	"container/heap"
	"fmt"
	"slices"
	"strings"
)

type Node struct {
	Freq        int
	Symbol      rune
	Left, Right *Node
	order       int // tie-breaker so the tree shape is deterministic
}

func (n *Node) Leaf() bool { return n.Left == nil && n.Right == nil }

type nodeHeap []*Node

func (h nodeHeap) Len() int { return len(h) }
func (h nodeHeap) Less(i, j int) bool {
	if h[i].Freq != h[j].Freq {
		return h[i].Freq < h[j].Freq
	}
	return h[i].order < h[j].order
}
func (h nodeHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *nodeHeap) Push(x any)   { *h = append(*h, x.(*Node)) }
func (h *nodeHeap) Pop() any {
	old := *h
	n := old[len(old)-1]
	*h = old[:len(old)-1]
	return n
}

func BuildTree(text string) *Node {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	symbols := make([]rune, 0, len(freq))
	for r := range freq {
		symbols = append(symbols, r)
	}
	slices.Sort(symbols)
	h := &nodeHeap{}
	for i, r := range symbols {
		heap.Push(h, &Node{Freq: freq[r], Symbol: r, order: i})
	}
	next := len(symbols)
	for h.Len() > 1 {
		a := heap.Pop(h).(*Node)
		b := heap.Pop(h).(*Node)
		heap.Push(h, &Node{Freq: a.Freq + b.Freq, Left: a, Right: b, order: next})
		next++
	}
	return heap.Pop(h).(*Node)
}

func Codes(root *Node) map[rune]string {
	codes := map[rune]string{}
	var walk func(n *Node, prefix string)
	walk = func(n *Node, prefix string) {
		if n.Leaf() {
			if prefix == "" {
				prefix = "0" // a text with a single distinct symbol
			}
			codes[n.Symbol] = prefix
			return
		}
		walk(n.Left, prefix+"0")
		walk(n.Right, prefix+"1")
	}
	walk(root, "")
	return codes
}

func Encode(text string, codes map[rune]string) string {
	var sb strings.Builder
	for _, r := range text {
		sb.WriteString(codes[r])
	}
	return sb.String()
}

func Decode(bitsStr string, root *Node) string {
	var sb strings.Builder
	n := root
	for _, b := range bitsStr {
		if !root.Leaf() {
			if b == '0' {
				n = n.Left
			} else {
				n = n.Right
			}
		}
		if n.Leaf() {
			sb.WriteRune(n.Symbol)
			n = root
		}
	}
	return sb.String()
}

func main() {
	sentences := []string{
		"the quick brown fox jumps over the lazy dog",
		"abracadabra",
		"aaaa",
	}
	for _, s := range sentences {
		root := BuildTree(s)
		codes := Codes(root)
		symbols := make([]rune, 0, len(codes))
		for r := range codes {
			symbols = append(symbols, r)
		}
		slices.SortFunc(symbols, func(a, b rune) int {
			if d := len(codes[a]) - len(codes[b]); d != 0 {
				return d
			}
			return int(a - b)
		})
		encoded := Encode(s, codes)
		fmt.Printf("%q: %d symbols, %d bits vs %d bits raw (%.1f%%)\n",
			s, len(codes), len(encoded), 8*len(s), 100*float64(len(encoded))/float64(8*len(s)))
		var table []string
		for _, r := range symbols {
			table = append(table, fmt.Sprintf("%q=%s", r, codes[r]))
		}
		for i := 0; i < len(table); i += 6 {
			fmt.Println("  ", strings.Join(table[i:min(i+6, len(table))], " "))
		}
		if len(encoded) <= 64 {
			fmt.Println("   bits:", encoded)
		}
		fmt.Println("   round trip ok:", Decode(encoded, root) == s)
	}
}
