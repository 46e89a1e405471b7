package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Enrollment struct {
	Student string
	Course  string
	Grade   int
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	records := []Enrollment{
		{"ann", "math", 91}, {"bob", "math", 78}, {"ann", "art", 85},
		{"cid", "bio", 66}, {"bob", "art", 88}, {"dee", "math", 95},
		{"cid", "math", 59}, {"dee", "bio", 72},
	}

	// Map of slices: appending to a nil slice stored in a map works.
	byCourse := map[string][]string{}
	for _, r := range records {
		byCourse[r.Course] = append(byCourse[r.Course], r.Student)
	}
	for _, c := range sortedKeys(byCourse) {
		fmt.Printf("%-5s %v\n", c, byCourse[c])
	}

	// Modifying an element of a slice stored in a map is visible through the map,
	// but appending through a local copy of the header is not.
	math := byCourse["math"]
	math[0] = strings.ToUpper(math[0])
	math = append(math, "eve")
	fmt.Println("local math:", math, "map math:", byCourse["math"])

	// Slice of maps: each row is a separate map; copying the slice shares maps.
	rows := make([]map[string]int, 3)
	for i := range rows {
		rows[i] = map[string]int{"term": i + 1}
	}
	for _, r := range records {
		idx := r.Grade % 3
		rows[idx][r.Student] += r.Grade
	}
	backup := slices.Clone(rows)
	backup[0]["term"] = 99 // visible through rows[0] too
	backup[1] = map[string]int{"term": -1}
	for i := range rows {
		fmt.Printf("row %d: ", i)
		for _, k := range sortedKeys(rows[i]) {
			fmt.Printf("%s=%d ", k, rows[i][k])
		}
		fmt.Printf("| backup term=%d\n", backup[i]["term"])
	}

	// Map of maps with lazy inner creation.
	grades := map[string]map[string]int{}
	for _, r := range records {
		inner, ok := grades[r.Student]
		if !ok {
			inner = map[string]int{}
			grades[r.Student] = inner
		}
		inner[r.Course] = r.Grade
	}
	for _, s := range sortedKeys(grades) {
		total := 0
		for _, g := range grades[s] {
			total += g
		}
		fmt.Printf("%s: courses=%v avg=%d\n", s, sortedKeys(grades[s]), total/len(grades[s]))
	}

	// Deleting during range over a map is allowed.
	for s, courses := range grades {
		for c, g := range courses {
			if g < 70 {
				delete(courses, c)
			}
		}
		if len(courses) == 0 {
			delete(grades, s)
		}
	}
	fmt.Println("passing students:", sortedKeys(grades), "cid courses:", len(grades["cid"]))

	// Reading from a nil inner map is fine; writing would panic, so check first.
	var missing map[string]int = grades["zed"]
	fmt.Println("zed math:", missing["math"], "nil map:", missing == nil, "len:", len(missing))

	// Map values are not addressable: update a struct value by reassigning it.
	type stat struct{ N, Sum int }
	stats := map[string]stat{}
	for _, r := range records {
		s := stats[r.Course]
		s.N++
		s.Sum += r.Grade
		stats[r.Course] = s
	}
	for _, c := range sortedKeys(stats) {
		fmt.Printf("%s n=%d mean=%.2f\n", c, stats[c].N, float64(stats[c].Sum)/float64(stats[c].N))
	}
}
