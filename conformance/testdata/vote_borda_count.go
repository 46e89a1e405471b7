package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Ranking is one voter's full preference order.
type Ranking []string

// Method scores a set of rankings.
type Method interface {
	Name() string
	Score(rs []Ranking) map[string]int
}

type Borda struct{}

func (Borda) Name() string { return "Borda" }
func (Borda) Score(rs []Ranking) map[string]int {
	s := map[string]int{}
	for _, r := range rs {
		for i, c := range r {
			s[c] += len(r) - 1 - i
		}
	}
	return s
}

type Plurality struct{}

func (Plurality) Name() string { return "Plurality" }
func (Plurality) Score(rs []Ranking) map[string]int {
	s := map[string]int{}
	for _, r := range rs {
		for _, c := range r {
			s[c] += 0 // make sure everyone appears
		}
		s[r[0]]++
	}
	return s
}

// Antiplurality gives one point to everyone except the last choice.
type Antiplurality struct{}

func (Antiplurality) Name() string { return "Anti-plurality" }
func (Antiplurality) Score(rs []Ranking) map[string]int {
	s := map[string]int{}
	for _, r := range rs {
		for _, c := range r[:len(r)-1] {
			s[c]++
		}
		s[r[len(r)-1]] += 0
	}
	return s
}

type entry struct {
	name  string
	score int
}

func standings(scores map[string]int) []entry {
	var es []entry
	for _, k := range slices.Sorted(maps.Keys(scores)) {
		es = append(es, entry{k, scores[k]})
	}
	slices.SortStableFunc(es, func(a, b entry) int { return cmp.Compare(b.score, a.score) })
	return es
}

func main() {
	groups := []struct {
		n int
		r string
	}{
		{8, "Wu Xi Yara Zed"},
		{6, "Xi Yara Zed Wu"},
		{5, "Yara Xi Zed Wu"},
		{3, "Zed Yara Xi Wu"},
	}
	var rs []Ranking
	for _, g := range groups {
		for range g.n {
			rs = append(rs, strings.Fields(g.r))
		}
	}
	fmt.Println("voters:", len(rs))

	for _, m := range []Method{Plurality{}, Borda{}, Antiplurality{}} {
		es := standings(m.Score(rs))
		parts := make([]string, len(es))
		for i, e := range es {
			parts[i] = fmt.Sprintf("%s:%d", e.name, e.score)
		}
		fmt.Printf("%-15s winner=%-5s %s\n", m.Name(), es[0].name, strings.Join(parts, "  "))
	}
	winners := map[string]bool{}
	for _, m := range []Method{Plurality{}, Borda{}, Antiplurality{}} {
		winners[standings(m.Score(rs))[0].name] = true
	}
	fmt.Println("distinct winners across methods:", slices.Sorted(maps.Keys(winners)))
}
