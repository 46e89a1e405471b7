package main

import (
	"fmt"
	"strings"
)

type cell struct{ r, c int }

// countPaths counts monotone (right/down) paths avoiding blocked cells.
func countPaths(rows, cols int, blocked map[cell]bool, memo map[cell]int, calls *int) int {
	var walk func(p cell) int
	walk = func(p cell) int {
		*calls++
		if p.r >= rows || p.c >= cols || blocked[p] {
			return 0
		}
		if p.r == rows-1 && p.c == cols-1 {
			return 1
		}
		if memo != nil {
			if v, ok := memo[p]; ok {
				return v
			}
		}
		n := walk(cell{p.r + 1, p.c}) + walk(cell{p.r, p.c + 1})
		if memo != nil {
			memo[p] = n
		}
		return n
	}
	return walk(cell{0, 0})
}

type editKey struct {
	i, j int
}

type editStep struct {
	cost int
	op   string
}

// editDistance memoizes on the pair of suffix positions and remembers
// which operation was chosen so the script can be rebuilt.
func editDistance(a, b string) (int, []string) {
	memo := map[editKey]editStep{}
	var d func(i, j int) int
	d = func(i, j int) int {
		k := editKey{i, j}
		if s, ok := memo[k]; ok {
			return s.cost
		}
		var best editStep
		switch {
		case i == len(a) && j == len(b):
			best = editStep{0, "done"}
		case i == len(a):
			best = editStep{1 + d(i, j+1), "insert"}
		case j == len(b):
			best = editStep{1 + d(i+1, j), "delete"}
		case a[i] == b[j]:
			best = editStep{d(i+1, j+1), "keep"}
		default:
			best = editStep{1 + d(i+1, j+1), "replace"}
			if c := 1 + d(i+1, j); c < best.cost {
				best = editStep{c, "delete"}
			}
			if c := 1 + d(i, j+1); c < best.cost {
				best = editStep{c, "insert"}
			}
		}
		memo[k] = best
		return best.cost
	}
	total := d(0, 0)
	var script []string
	for i, j := 0, 0; i < len(a) || j < len(b); {
		switch memo[editKey{i, j}].op {
		case "keep":
			i, j = i+1, j+1
		case "replace":
			script = append(script, fmt.Sprintf("%c->%c", a[i], b[j]))
			i, j = i+1, j+1
		case "delete":
			script = append(script, fmt.Sprintf("-%c", a[i]))
			i++
		case "insert":
			script = append(script, fmt.Sprintf("+%c", b[j]))
			j++
		}
	}
	return total, script
}

type item struct {
	name          string
	weight, value int
}

func knapsack(items []item, capacity int) (int, int) {
	type key struct{ idx, room int }
	memo := map[key]int{}
	var best func(idx, room int) int
	best = func(idx, room int) int {
		if idx == len(items) {
			return 0
		}
		k := key{idx, room}
		if v, ok := memo[k]; ok {
			return v
		}
		v := best(idx+1, room)
		if it := items[idx]; it.weight <= room {
			v = max(v, it.value+best(idx+1, room-it.weight))
		}
		memo[k] = v
		return v
	}
	return best(0, capacity), len(memo)
}

func main() {
	blocked := map[cell]bool{{1, 1}: true, {2, 3}: true, {4, 2}: true}
	for _, useMemo := range []bool{false, true} {
		var memo map[cell]int
		if useMemo {
			memo = map[cell]int{}
		}
		calls := 0
		n := countPaths(7, 7, blocked, memo, &calls)
		fmt.Printf("paths=%d memo=%t calls=%d cached=%d\n", n, useMemo, calls, len(memo))
	}
	for _, pair := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"recursion", "recurse"}, {"", "abc"}} {
		dist, script := editDistance(pair[0], pair[1])
		fmt.Printf("%q -> %q: %d [%s]\n", pair[0], pair[1], dist, strings.Join(script, " "))
	}
	items := []item{{"tent", 5, 60}, {"stove", 3, 50}, {"rope", 4, 70}, {"lamp", 2, 30}, {"map", 1, 10}}
	for _, c := range []int{5, 8, 10, 15} {
		v, states := knapsack(items, c)
		fmt.Printf("capacity %2d: best value %3d (%d states)\n", c, v, states)
	}
}
