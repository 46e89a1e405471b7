package main

import (
	"fmt"
	"sort"
	"strings"
)

// Counting lattice paths, permutations and a directory walk, all with
// recursive closures declared via `var f func(...)`.

func main() {
	// Memoized recursive closure capturing its own cache.
	memo := map[[2]int]int{}
	calls := 0
	var paths func(r, c int) int
	paths = func(r, c int) int {
		calls++
		if r == 0 || c == 0 {
			return 1
		}
		key := [2]int{r, c}
		if v, ok := memo[key]; ok {
			return v
		}
		v := paths(r-1, c) + paths(r, c-1)
		memo[key] = v
		return v
	}
	for _, n := range []int{2, 5, 10, 16} {
		calls = 0
		fmt.Printf("paths(%d,%d) = %d (calls %d)\n", n, n, paths(n, n), calls)
	}

	// The closure variable can be reassigned; recursion goes through the variable.
	var fact func(n int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	orig := fact
	fact = func(n int) int { return -1 }
	fmt.Println("orig(5) after rebinding fact:", orig(5)) // 5 * fact(4) = 5 * -1

	// Permutations via backtracking closure sharing state.
	items := []string{"a", "b", "c"}
	used := make([]bool, len(items))
	var cur []string
	var perms []string
	var permute func()
	permute = func() {
		if len(cur) == len(items) {
			perms = append(perms, strings.Join(cur, ""))
			return
		}
		for i, it := range items {
			if used[i] {
				continue
			}
			used[i] = true
			cur = append(cur, it)
			permute()
			cur = cur[:len(cur)-1]
			used[i] = false
		}
	}
	permute()
	fmt.Println("permutations:", perms)

	// Walking a nested structure; the closure returns sizes and records lines.
	tree := map[string][]string{
		"/":               {"/etc", "/home", "/tmp"},
		"/home":           {"/home/ann", "/home/bob"},
		"/home/ann":       {"/home/ann/notes"},
		"/etc":            {},
		"/tmp":            {},
		"/home/bob":       {},
		"/home/ann/notes": {},
	}
	sizes := map[string]int{"/etc": 4, "/tmp": 1, "/home/bob": 7, "/home/ann/notes": 3}
	var lines []string
	var walk func(path string, depth int) int
	walk = func(path string, depth int) int {
		total := sizes[path]
		kids := append([]string(nil), tree[path]...)
		sort.Strings(kids)
		idx := len(lines)
		lines = append(lines, "")
		for _, k := range kids {
			total += walk(k, depth+1)
		}
		lines[idx] = fmt.Sprintf("%s%s (%d)", strings.Repeat("  ", depth), path, total)
		return total
	}
	fmt.Println("total size:", walk("/", 0))
	for _, l := range lines {
		fmt.Println(l)
	}

	// Mutual recursion between two closures.
	var isEven, isOdd func(n uint) bool
	isEven = func(n uint) bool { return n == 0 || isOdd(n-1) }
	isOdd = func(n uint) bool { return n != 0 && isEven(n-1) }
	for _, n := range []uint{0, 7, 10} {
		fmt.Printf("%d even=%v odd=%v\n", n, isEven(n), isOdd(n))
	}
}
