package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

const input = `[1,1,3,1,1]
[1,1,5,1,1]

[[1],[2,3,4]]
[[1],4]

[]
[3]

[1,[2,[3,[4,[5,6,7]]]],8,9]
[1,[2,[3,[4,[5,6,0]]]],8,9]`

// Packet is either an integer or a list of packets.
type Packet struct {
	IsInt bool
	Val   int
	List  []Packet
}

func (p Packet) String() string {
	if p.IsInt {
		return fmt.Sprint(p.Val)
	}
	parts := make([]string, len(p.List))
	for i, q := range p.List {
		parts[i] = q.String()
	}
	return "[" + strings.Join(parts, ",") + "]"
}

func Parse(s string) Packet {
	pos := 0
	var parse func() Packet
	parse = func() Packet {
		if s[pos] != '[' {
			n := 0
			for ; s[pos] >= '0' && s[pos] <= '9'; pos++ {
				n = n*10 + int(s[pos]-'0')
			}
			return Packet{IsInt: true, Val: n}
		}
		p := Packet{List: []Packet{}}
		for pos++; s[pos] != ']'; {
			p.List = append(p.List, parse())
			if s[pos] == ',' {
				pos++
			}
		}
		pos++
		return p
	}
	return parse()
}

func Compare(a, b Packet) int {
	switch {
	case a.IsInt && b.IsInt:
		return cmp.Compare(a.Val, b.Val)
	case a.IsInt:
		return Compare(Packet{List: []Packet{a}}, b)
	case b.IsInt:
		return Compare(a, Packet{List: []Packet{b}})
	}
	return slices.CompareFunc(a.List, b.List, Compare)
}

func main() {
	var all []Packet
	sum := 0
	for i, pair := range strings.Split(input, "\n\n") {
		lines := strings.Split(pair, "\n")
		a, b := Parse(lines[0]), Parse(lines[1])
		all = append(all, a, b)
		if Compare(a, b) < 0 {
			sum += i + 1
		}
	}
	fmt.Println("part 1:", sum)
	d1, d2 := Parse("[[2]]"), Parse("[[6]]")
	all = append(all, d1, d2)
	slices.SortFunc(all, Compare)
	key := 1
	for i, p := range all {
		if Compare(p, d1) == 0 || Compare(p, d2) == 0 {
			key *= i + 1
		}
	}
	fmt.Println("first:", all[0], "last:", all[len(all)-1])
	fmt.Println("part 2:", key)
}
