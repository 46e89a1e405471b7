package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Entry struct {
	Member string
	Lift   string
	Kg     float64
	Reps   int
}

// Epley estimate of a one-rep max.
func (e Entry) OneRM() float64 {
	return e.Kg * (1 + float64(e.Reps)/30)
}

func main() {
	log := []Entry{
		{"mia", "squat", 120, 5}, {"noah", "squat", 140, 2}, {"liv", "squat", 110, 8},
		{"mia", "bench", 70, 6}, {"noah", "bench", 95, 3}, {"liv", "bench", 60, 10},
		{"mia", "deadlift", 150, 3}, {"noah", "deadlift", 170, 1}, {"liv", "deadlift", 150, 5},
		{"omar", "squat", 130, 4},
	}

	best := map[string]map[string]float64{}
	for _, e := range log {
		if best[e.Lift] == nil {
			best[e.Lift] = map[string]float64{}
		}
		best[e.Lift][e.Member] = max(best[e.Lift][e.Member], e.OneRM())
	}

	lifts := make([]string, 0, len(best))
	for l := range best {
		lifts = append(lifts, l)
	}
	sort.Strings(lifts)

	for _, l := range lifts {
		type row struct {
			name string
			orm  float64
		}
		var rows []row
		for name, v := range best[l] {
			rows = append(rows, row{name, v})
		}
		slices.SortFunc(rows, func(a, b row) int {
			if c := cmp.Compare(b.orm, a.orm); c != 0 {
				return c
			}
			return strings.Compare(a.name, b.name)
		})
		fmt.Printf("== %s ==\n", strings.ToUpper(l))
		for i, r := range rows {
			fmt.Printf("%d. %-5s %7.2f kg\n", i+1, r.name, r.orm)
		}
	}

	totals := map[string]float64{}
	for _, l := range lifts {
		for name, v := range best[l] {
			totals[name] += v
		}
	}
	names := make([]string, 0, len(totals))
	for n := range totals {
		names = append(names, n)
	}
	sort.Strings(names)
	sort.SliceStable(names, func(i, j int) bool { return totals[names[i]] > totals[names[j]] })
	fmt.Println("== TOTAL ==")
	for _, n := range names {
		fmt.Printf("%-5s %8.2f\n", n, totals[n])
	}

	byReps := slices.Clone(log)
	slices.SortStableFunc(byReps, func(a, b Entry) int { return cmp.Compare(a.Reps, b.Reps) })
	fmt.Println("lowest-rep set:", byReps[0].Member, byReps[0].Lift, byReps[0].Reps)
	idx, found := slices.BinarySearchFunc(byReps, 8, func(e Entry, r int) int { return cmp.Compare(e.Reps, r) })
	fmt.Println("first 8-rep set at", idx, found, byReps[idx].Member)
}
