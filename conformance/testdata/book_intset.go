// Section 6.5 and Exercises 6.1-6.5: IntSet bit vector.
package main

import (
	"bytes"
	"fmt"
	"math/bits"
)

const wordSize = 32 << (^uint(0) >> 63)

// An IntSet is a set of small non-negative integers.
type IntSet struct {
	words []uint
}

func (s *IntSet) Has(x int) bool {
	word, bit := x/wordSize, uint(x%wordSize)
	return word < len(s.words) && s.words[word]&(1<<bit) != 0
}

func (s *IntSet) Add(x int) {
	word, bit := x/wordSize, uint(x%wordSize)
	for word >= len(s.words) {
		s.words = append(s.words, 0)
	}
	s.words[word] |= 1 << bit
}

func (s *IntSet) UnionWith(t *IntSet) {
	for i, tword := range t.words {
		if i < len(s.words) {
			s.words[i] |= tword
		} else {
			s.words = append(s.words, tword)
		}
	}
}

func (s *IntSet) Len() int {
	n := 0
	for _, w := range s.words {
		n += bits.OnesCount(w)
	}
	return n
}

func (s *IntSet) Remove(x int) {
	word, bit := x/wordSize, uint(x%wordSize)
	if word < len(s.words) {
		s.words[word] &^= 1 << bit
	}
}

func (s *IntSet) Clear() { s.words = nil }

func (s *IntSet) Copy() *IntSet {
	return &IntSet{words: append([]uint(nil), s.words...)}
}

func (s *IntSet) String() string {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, w := range s.words {
		for j := range wordSize {
			if w&(1<<uint(j)) != 0 {
				if buf.Len() > len("{") {
					buf.WriteByte(' ')
				}
				fmt.Fprintf(&buf, "%d", wordSize*i+j)
			}
		}
	}
	buf.WriteByte('}')
	return buf.String()
}

func main() {
	var x, y IntSet
	for _, v := range []int{1, 144, 9, 42} {
		x.Add(v)
	}
	fmt.Println(x.String(), x.Len())
	y.Add(9)
	y.Add(200)
	fmt.Println(&y, y.Len())
	z := x.Copy()
	x.UnionWith(&y)
	fmt.Println("union:", &x, x.Len())
	fmt.Println(x.Has(9), x.Has(123), x.Has(200), x.Has(100000))
	z.Add(7)
	fmt.Println("copy is independent:", z, x.Has(7))
	x.Remove(144)
	x.Remove(5000)
	fmt.Println("removed 144:", &x, x.Len())
	fmt.Println(x) // value, not pointer: String method not used
	x.Clear()
	fmt.Println("cleared:", &x, x.Len())
}
