package main

import (
	"bufio"
	"fmt"
	"strings"
)

const dictionary = `cold cord card ward warm word worm corm core care
dare date gate game came come cone done dine line
lane cane wane wine mine mind kind king ring rang`

type Graph map[string][]string

// neighbors links words differing in exactly one letter, using
// wildcard buckets like "c_ld" so we avoid comparing every pair.
func build(words []string) Graph {
	buckets := map[string][]string{}
	for _, w := range words {
		for i := range len(w) {
			key := w[:i] + "_" + w[i+1:]
			buckets[key] = append(buckets[key], w)
		}
	}
	g := Graph{}
	for _, w := range words {
		for i := range len(w) {
			for _, n := range buckets[w[:i]+"_"+w[i+1:]] {
				if n != w {
					g[w] = append(g[w], n)
				}
			}
		}
	}
	return g
}

func (g Graph) Ladder(from, to string) ([]string, bool) {
	if _, ok := g[from]; !ok && from != to {
		return nil, false
	}
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			var path []string
			for w := to; w != ""; w = prev[w] {
				path = append([]string{w}, path...)
			}
			return path, true
		}
		for _, n := range g[cur] {
			if _, seen := prev[n]; !seen {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil, false
}

func main() {
	var words []string
	sc := bufio.NewScanner(strings.NewReader(dictionary))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	g := build(words)
	fmt.Printf("%d words, cold neighbors: %v\n", len(words), g["cold"])

	for _, q := range [][2]string{
		{"cold", "warm"}, {"game", "king"}, {"card", "dare"}, {"mind", "mind"}, {"cold", "ring"}, {"xyzw", "cold"},
	} {
		path, ok := g.Ladder(q[0], q[1])
		if !ok {
			fmt.Printf("%s -> %s: no ladder\n", q[0], q[1])
			continue
		}
		fmt.Printf("%s -> %s: %d steps: %s\n", q[0], q[1], len(path)-1, strings.Join(path, " > "))
	}
	degree := map[int]int{}
	for _, w := range words {
		degree[len(g[w])]++
	}
	fmt.Println("degree histogram:", degree)
}
