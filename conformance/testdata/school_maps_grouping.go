package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Club string

type Enrolment struct {
	Pupil string
	Club  Club
	Year  int
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func main() {
	enrolments := []Enrolment{
		{"Abi", "Chess", 8}, {"Bo", "Drama", 9}, {"Cai", "Chess", 7},
		{"Dov", "Robotics", 10}, {"Eun", "Drama", 8}, {"Fox", "Chess", 10},
		{"Gil", "Robotics", 9}, {"Hal", "Choir", 7}, {"Ida", "Drama", 10},
	}

	byClub := GroupBy(enrolments, func(e Enrolment) Club { return e.Club })
	for _, club := range slices.Sorted(maps.Keys(byClub)) {
		members := byClub[club]
		names := make([]string, len(members))
		for i, m := range members {
			names[i] = m.Pupil
		}
		fmt.Printf("%-9s %d: %s\n", club, len(members), strings.Join(names, ", "))
	}

	byYear := GroupBy(enrolments, func(e Enrolment) int { return e.Year })
	years := slices.Collect(maps.Keys(byYear))
	slices.Sort(years)
	fmt.Println("years:", years)

	sizes := make(map[Club]int)
	for k, v := range byClub {
		sizes[k] = len(v)
	}
	copyOf := maps.Clone(sizes)
	copyOf["Choir"] += 5
	fmt.Println("original choir:", sizes["Choir"], "clone choir:", copyOf["Choir"])
	fmt.Println("equal after edit:", maps.Equal(sizes, copyOf))

	maps.DeleteFunc(copyOf, func(k Club, v int) bool { return v < 3 })
	fmt.Println("big clubs:", slices.Sorted(maps.Keys(copyOf)))

	extra := map[Club]int{"Debate": 4, "Chess": 10}
	maps.Copy(sizes, extra)
	fmt.Println("merged:", sizes)

	clubs := slices.Collect(maps.Keys(sizes))
	slices.SortFunc(clubs, func(a, b Club) int {
		if sizes[a] != sizes[b] {
			return sizes[b] - sizes[a]
		}
		return strings.Compare(string(a), string(b))
	})
	for i, c := range clubs {
		fmt.Printf("%d. %s (%d)\n", i+1, c, sizes[c])
	}

	if n, ok := sizes["Knitting"]; !ok {
		fmt.Println("no Knitting club, zero value:", n)
	}
	delete(sizes, "Debate")
	fmt.Println("after delete:", len(sizes), sizes)
}
