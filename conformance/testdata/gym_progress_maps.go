package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Measurement struct {
	Week  int
	Kg    float64
	Squat float64
}

type Progress map[string][]Measurement

func (p Progress) Change(member string) (bodyKg, squatKg float64, ok bool) {
	ms := p[member]
	if len(ms) < 2 {
		return 0, 0, false
	}
	first, last := ms[0], ms[len(ms)-1]
	return last.Kg - first.Kg, last.Squat - first.Squat, true
}

func main() {
	prog := Progress{
		"tara": {{1, 72.0, 80}, {4, 70.5, 90}, {8, 69.0, 102.5}},
		"umar": {{1, 95.0, 120}, {4, 94.0, 125}, {8, 93.5, 135}},
		"vera": {{1, 58.0, 45}, {8, 59.5, 60}},
		"walt": {{2, 81.0, 100}},
	}

	members := slices.Sorted(maps.Keys(prog))
	fmt.Println("members:", strings.Join(members, ", "))

	type result struct {
		name      string
		body, sqt float64
	}
	var results []result
	for _, m := range members {
		b, s, ok := prog.Change(m)
		if !ok {
			fmt.Printf("%-5s not enough data\n", m)
			continue
		}
		results = append(results, result{m, b, s})
		fmt.Printf("%-5s body %+5.1f kg  squat %+6.1f kg\n", m, b, s)
	}

	slices.SortFunc(results, func(a, b result) int {
		return cmp.Or(cmp.Compare(b.sqt, a.sqt), cmp.Compare(a.name, b.name))
	})
	fmt.Println("most improved squat:", results[0].name)

	weeks := map[int][]string{}
	for name, ms := range prog {
		for _, m := range ms {
			weeks[m.Week] = append(weeks[m.Week], name)
		}
	}
	for _, w := range slices.Sorted(maps.Keys(weeks)) {
		names := weeks[w]
		slices.Sort(names)
		fmt.Printf("week %d check-ins: %v\n", w, names)
	}

	goals := map[string]float64{"tara": 100, "umar": 140, "vera": 60}
	backup := maps.Clone(goals)
	goals["tara"] = 110
	fmt.Println("goal maps equal after edit:", maps.Equal(goals, backup))
	maps.DeleteFunc(goals, func(name string, target float64) bool {
		ms := prog[name]
		return ms[len(ms)-1].Squat >= target
	})
	fmt.Println("still chasing goals:", slices.Sorted(maps.Keys(goals)))

	extra := map[string]float64{"walt": 120}
	maps.Copy(goals, extra)
	for _, k := range slices.Sorted(maps.Keys(goals)) {
		fmt.Printf("  goal %-5s %.1f\n", k, goals[k])
	}

	if _, ok := prog["xena"]; !ok {
		fmt.Println("xena has no records; zero-length slice:", len(prog["xena"]))
	}
	idx := slices.IndexFunc(members, func(s string) bool { return strings.HasPrefix(s, "v") })
	fmt.Println("first v-member index:", idx, slices.Contains(members, "walt"))
}
