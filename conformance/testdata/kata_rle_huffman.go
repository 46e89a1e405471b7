package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// RLEncode compresses runs as count+char, e.g. "aaab" -> "3a1b".
func RLEncode(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		sb.WriteString(strconv.Itoa(j - i))
		sb.WriteRune(rs[i])
		i = j
	}
	return sb.String()
}

func RLDecode(s string) (string, error) {
	var sb strings.Builder
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			return "", fmt.Errorf("missing count before %q", r)
		}
		sb.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	if n != 0 {
		return "", fmt.Errorf("dangling count %d", n)
	}
	return sb.String(), nil
}

type node struct {
	freq        int
	sym         rune // smallest symbol in subtree, for deterministic ties
	leaf        bool
	left, right *node
}

type pq []*node

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].freq != q[j].freq {
		return q[i].freq < q[j].freq
	}
	return q[i].sym < q[j].sym
}
func (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)   { *q = append(*q, x.(*node)) }
func (q *pq) Pop() any {
	old := *q
	n := old[len(old)-1]
	*q = old[:len(old)-1]
	return n
}

func Huffman(s string) map[rune]string {
	freq := map[rune]int{}
	for _, r := range s {
		freq[r]++
	}
	q := &pq{}
	for r, f := range freq {
		*q = append(*q, &node{freq: f, sym: r, leaf: true})
	}
	heap.Init(q)
	for q.Len() > 1 {
		a := heap.Pop(q).(*node)
		b := heap.Pop(q).(*node)
		heap.Push(q, &node{freq: a.freq + b.freq, sym: min(a.sym, b.sym), left: a, right: b})
	}
	codes := map[rune]string{}
	var walk func(n *node, prefix string)
	walk = func(n *node, prefix string) {
		if n.leaf {
			codes[n.sym] = cmpOr(prefix, "0")
			return
		}
		walk(n.left, prefix+"0")
		walk(n.right, prefix+"1")
	}
	if q.Len() == 1 {
		walk((*q)[0], "")
	}
	return codes
}

func cmpOr(a, b string) string {
	if a == "" {
		return b
	}
	return a
}

func main() {
	for _, s := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccccaaa", "abc", "", "ééé☃☃"} {
		enc := RLEncode(s)
		dec, err := RLDecode(enc)
		fmt.Printf("RLE %q -> %q ok=%t err=%v\n", s, enc, dec == s, err)
	}
	for _, bad := range []string{"3a2", "ab"} {
		_, err := RLDecode(bad)
		fmt.Printf("decode %q: %v\n", bad, err)
	}

	text := "this is an example of a huffman tree"
	codes := Huffman(text)
	syms := make([]rune, 0, len(codes))
	for r := range codes {
		syms = append(syms, r)
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i] < syms[j] })
	bitsTotal := 0
	for _, r := range syms {
		n := strings.Count(text, string(r))
		bitsTotal += n * len(codes[r])
		fmt.Printf("  %q x%d %s\n", r, n, codes[r])
	}
	var sb strings.Builder
	for _, r := range text[:10] {
		sb.WriteString(codes[r])
	}
	fmt.Printf("encoded bits=%d vs %d raw; first 10 chars -> %s\n", bitsTotal, 8*len(text), sb.String())
	fmt.Println("single symbol:", Huffman("zzzz"))
}
