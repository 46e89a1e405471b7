package main

import (
	"fmt"
	"slices"
	"strings"
)

const input = `LR

AAA = (AAB, XXX)
AAB = (XXX, AAZ)
AAZ = (AAB, XXX)
BBA = (BBB, XXX)
BBB = (BBC, BBC)
BBC = (BBZ, BBZ)
BBZ = (BBB, BBB)
CCA = (CCB, CCB)
CCB = (CCC, CCC)
CCC = (CCD, CCD)
CCD = (CCZ, CCZ)
CCZ = (CCB, CCB)
XXX = (XXX, XXX)
ZZZ = (ZZZ, ZZZ)`

type Integer interface {
	~int | ~int64 | ~uint64
}

func GCD[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func LCM[T Integer](xs ...T) T {
	l := T(1)
	for _, x := range xs {
		l = l / GCD(l, x) * x
	}
	return l
}

type Network struct {
	path  string
	nodes map[string][2]string
}

func (n Network) Steps(start string, done func(string) bool) int {
	cur := start
	for i := 0; ; i++ {
		if done(cur) {
			return i
		}
		side := 0
		if n.path[i%len(n.path)] == 'R' {
			side = 1
		}
		cur = n.nodes[cur][side]
	}
}

func main() {
	head, body, _ := strings.Cut(input, "\n\n")
	net := Network{path: head, nodes: map[string][2]string{}}
	for _, line := range strings.Split(body, "\n") {
		name, rest, _ := strings.Cut(line, " = ")
		rest = strings.Trim(rest, "()")
		l, r, _ := strings.Cut(rest, ", ")
		net.nodes[name] = [2]string{l, r}
	}
	fmt.Println("part 1:", net.Steps("AAA", func(s string) bool { return strings.HasSuffix(s, "Z") }))

	var starts []string
	for name := range net.nodes {
		if strings.HasSuffix(name, "A") {
			starts = append(starts, name)
		}
	}
	slices.Sort(starts)
	var cycles []int64
	for _, s := range starts {
		c := net.Steps(s, func(s string) bool { return strings.HasSuffix(s, "Z") })
		fmt.Printf("%s cycles every %d\n", s, c)
		cycles = append(cycles, int64(c))
	}
	fmt.Println("part 2:", LCM(cycles...))
}
