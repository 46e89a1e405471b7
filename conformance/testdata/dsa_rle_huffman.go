package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func rleEncode(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		sb.WriteString(strconv.Itoa(j - i))
		sb.WriteByte(s[i])
		i = j
	}
	return sb.String()
}

func rleDecode(s string) string {
	var sb strings.Builder
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
		} else {
			sb.WriteString(strings.Repeat(string(c), n))
			n = 0
		}
	}
	return sb.String()
}

type hNode struct {
	freq        int
	sym         byte
	order       int
	left, right *hNode
}

type hHeap []*hNode

func (h hHeap) Len() int { return len(h) }
func (h hHeap) Less(i, j int) bool {
	if h[i].freq != h[j].freq {
		return h[i].freq < h[j].freq
	}
	return h[i].order < h[j].order
}
func (h hHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *hHeap) Push(x any)   { *h = append(*h, x.(*hNode)) }
func (h *hHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func huffman(text string) (map[byte]string, *hNode) {
	freq := map[byte]int{}
	for i := 0; i < len(text); i++ {
		freq[text[i]]++
	}
	syms := make([]byte, 0, len(freq))
	for b := range freq {
		syms = append(syms, b)
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i] < syms[j] })
	h := &hHeap{}
	for i, b := range syms {
		heap.Push(h, &hNode{freq: freq[b], sym: b, order: i})
	}
	next := len(syms)
	for h.Len() > 1 {
		a := heap.Pop(h).(*hNode)
		b := heap.Pop(h).(*hNode)
		heap.Push(h, &hNode{freq: a.freq + b.freq, order: next, left: a, right: b})
		next++
	}
	root := heap.Pop(h).(*hNode)
	codes := map[byte]string{}
	var walk func(n *hNode, prefix string)
	walk = func(n *hNode, prefix string) {
		if n.left == nil {
			if prefix == "" {
				prefix = "0"
			}
			codes[n.sym] = prefix
			return
		}
		walk(n.left, prefix+"0")
		walk(n.right, prefix+"1")
	}
	walk(root, "")
	return codes, root
}

func decode(root *hNode, bits string) string {
	var sb strings.Builder
	n := root
	for _, b := range bits {
		if b == '0' {
			n = n.left
		} else {
			n = n.right
		}
		if n.left == nil {
			sb.WriteByte(n.sym)
			n = root
		}
	}
	return sb.String()
}

func main() {
	for _, s := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aaabccddddd"} {
		enc := rleEncode(s)
		fmt.Printf("rle %-28q ratio=%.2f roundtrip=%v\n", enc, float64(len(enc))/float64(len(s)), rleDecode(enc) == s)
	}
	text := "abracadabra alakazam"
	codes, root := huffman(text)
	keys := make([]int, 0, len(codes))
	for b := range codes {
		keys = append(keys, int(b))
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("  %q code=%-6s freq=%d\n", rune(k), codes[byte(k)], strings.Count(text, string(rune(k))))
	}
	var sb strings.Builder
	for i := 0; i < len(text); i++ {
		sb.WriteString(codes[text[i]])
	}
	encoded := sb.String()
	fmt.Printf("bits=%d (vs %d fixed 8-bit)\n", len(encoded), 8*len(text))
	fmt.Println(encoded)
	fmt.Printf("decoded=%q ok=%v\n", decode(root, encoded), decode(root, encoded) == text)
	single, _ := huffman("zzzz")
	fmt.Printf("single symbol codes: %v\n", single)
}
