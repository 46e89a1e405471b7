package main

import (
	"fmt"
	"strings"
)

func isEven(n uint) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n uint) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

// Hofstadter's Female and Male sequences are defined in terms of each other.
var fMemo, mMemo = map[int]int{0: 1}, map[int]int{0: 0}

func female(n int) int {
	if v, ok := fMemo[n]; ok {
		return v
	}
	v := n - male(female(n-1))
	fMemo[n] = v
	return v
}

func male(n int) int {
	if v, ok := mMemo[n]; ok {
		return v
	}
	v := n - female(male(n-1))
	mMemo[n] = v
	return v
}

// A tiny nested-list grammar parsed by two mutually recursive functions:
//
//	list = "[" [ item { "," item } ] "]"
//	item = number | list
type reader struct {
	s   string
	pos int
}

// list returns the depth-weighted sum and the maximum nesting depth.
func (r *reader) list(depth int) (sum, deepest int) {
	r.pos++ // consume '['
	deepest = depth
	for r.s[r.pos] != ']' {
		if r.s[r.pos] == ',' {
			r.pos++
		}
		s, d := r.item(depth)
		sum += s
		deepest = max(deepest, d)
	}
	r.pos++ // consume ']'
	return sum, deepest
}

func (r *reader) item(depth int) (int, int) {
	if r.s[r.pos] == '[' {
		return r.list(depth + 1)
	}
	n := 0
	for r.s[r.pos] >= '0' && r.s[r.pos] <= '9' {
		n = n*10 + int(r.s[r.pos]-'0')
		r.pos++
	}
	return n * depth, depth
}

// Two players alternately take 1, 2 or 3 stones; whoever takes the last wins.
// wins and loses describe the position from the mover's point of view.
var winMemo = map[int]bool{}

func wins(stones int) bool {
	if v, ok := winMemo[stones]; ok {
		return v
	}
	res := false
	for take := 1; take <= 3 && take <= stones; take++ {
		if loses(stones - take) {
			res = true
			break
		}
	}
	winMemo[stones] = res
	return res
}

func loses(stones int) bool { return stones == 0 || !wins(stones) }

func main() {
	for _, n := range []uint{0, 7, 10, 1001} {
		fmt.Printf("%d: even=%t odd=%t\n", n, isEven(n), isOdd(n))
	}

	var fs, ms []string
	for i := 0; i < 15; i++ {
		fs = append(fs, fmt.Sprint(female(i)))
		ms = append(ms, fmt.Sprint(male(i)))
	}
	fmt.Println("F:", strings.Join(fs, " "))
	fmt.Println("M:", strings.Join(ms, " "))

	for _, src := range []string{"[1,2,3]", "[1,[2,[3]]]", "[[],[[10]],5]", "[[[[1]]],2,[3,[4]]]"} {
		r := &reader{s: src}
		sum, depth := r.item(0)
		fmt.Printf("%-22s weighted=%-3d depth=%d\n", src, sum, depth)
	}

	var losing []int
	for s := 1; s <= 20; s++ {
		if !wins(s) {
			losing = append(losing, s)
		}
	}
	fmt.Println("losing positions for the mover:", losing)
}
