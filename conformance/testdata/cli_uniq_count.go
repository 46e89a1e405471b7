package main

import (
	"bufio"
	"cmp"
	"fmt"
	"slices"
	"strings"
)

var input = `apple
apple
banana
cherry
cherry
cherry
apple
banana
banana
date`

type run struct {
	Count int
	Line  string
}

func (r run) String() string { return fmt.Sprintf("%7d %s", r.Count, r.Line) }

// uniqC collapses adjacent duplicate lines like `uniq -c`.
func uniqC(lines []string) []run {
	var out []run
	for _, l := range lines {
		if n := len(out); n > 0 && out[n-1].Line == l {
			out[n-1].Count++
			continue
		}
		out = append(out, run{1, l})
	}
	return out
}

func scanLines(s string) []string {
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}

func main() {
	lines := scanLines(input)

	fmt.Println("$ uniq -c")
	for _, r := range uniqC(lines) {
		fmt.Println(r)
	}

	fmt.Println("$ sort | uniq -c | sort -rn")
	sorted := slices.Clone(lines)
	slices.Sort(sorted)
	runs := uniqC(sorted)
	slices.SortStableFunc(runs, func(a, b run) int {
		return cmp.Compare(b.Count, a.Count)
	})
	for _, r := range runs {
		fmt.Println(r)
	}

	fmt.Println("$ uniq -d")
	for _, r := range uniqC(lines) {
		if r.Count > 1 {
			fmt.Println(r.Line)
		}
	}

	counts := map[string]int{}
	for _, l := range lines {
		counts[l]++
	}
	fmt.Println("map:", counts)
	fmt.Printf("%v %T\n", runs[0], runs)
}
