package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Count map[string]int

func (c Count) Total() int {
	t := 0
	for _, v := range c {
		t += v
	}
	return t
}

type Change struct {
	Candidate string
	Before    int
	After     int
}

func (ch Change) Delta() int { return ch.After - ch.Before }

func (ch Change) String() string {
	return fmt.Sprintf("%-10s %5d -> %5d (%+d)", ch.Candidate, ch.Before, ch.After, ch.Delta())
}

// Diff compares an initial count with a recount, including candidates
// that appear in only one of them.
func Diff(before, after Count) []Change {
	keys := slices.Collect(maps.Keys(before))
	for k := range after {
		if _, ok := before[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var out []Change
	for _, k := range keys {
		if before[k] != after[k] {
			out = append(out, Change{k, before[k], after[k]})
		}
	}
	return out
}

func leader(c Count) (string, int) {
	names := slices.Sorted(maps.Keys(c))
	best := slices.MaxFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(c[a], c[b]), strings.Compare(b, a))
	})
	return best, c[best]
}

func main() {
	initial := Count{"Abara": 10412, "Brennan": 10398, "Castillo": 3120, "Write-ins": 44}
	recount := maps.Clone(initial)
	recount["Abara"] -= 9
	recount["Brennan"] += 6
	recount["Write-ins"] = 41
	recount["Dorsey"] = 3 // previously lumped in with write-ins

	changes := Diff(initial, recount)
	fmt.Println("changes found:", len(changes))
	for _, ch := range changes {
		fmt.Println(" ", ch)
	}

	slices.SortFunc(changes, func(a, b Change) int {
		return cmp.Compare(abs(b.Delta()), abs(a.Delta()))
	})
	fmt.Println("largest swing:", changes[0].Candidate)

	fmt.Printf("totals: initial=%d recount=%d\n", initial.Total(), recount.Total())
	l1, v1 := leader(initial)
	l2, v2 := leader(recount)
	fmt.Printf("initial leader: %s (%d)\n", l1, v1)
	fmt.Printf("recount leader: %s (%d)\n", l2, v2)

	second := func(c Count) int {
		vals := slices.Sorted(maps.Values(c))
		return vals[len(vals)-2]
	}
	fmt.Printf("margin shrank from %d to %d\n", v1-second(initial), v2-second(recount))
	fmt.Println("unchanged candidates:", slices.DeleteFunc(slices.Sorted(maps.Keys(initial)), func(k string) bool {
		return initial[k] != recount[k]
	}))
	fmt.Println("maps equal:", maps.Equal(initial, recount))
}

func abs(x int) int { return max(x, -x) }
