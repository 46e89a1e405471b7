package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Grade int
}

func main() {
	students := []Student{
		{"Ann", 90}, {"Bob", 72}, {"Cid", 85}, {"Dee", 90}, {"Eve", 72}, {"Fay", 60},
	}
	byGrade := map[int][]string{}
	for _, s := range students {
		byGrade[s.Grade] = append(byGrade[s.Grade], s.Name)
	}
	grades := make([]int, 0, len(byGrade))
	for g := range byGrade {
		grades = append(grades, g)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(grades)))
	for _, g := range grades {
		fmt.Printf("%3d: %s\n", g, strings.Join(byGrade[g], ", "))
	}
	anagrams := map[string][]string{}
	for _, w := range strings.Fields("listen silent enlist google tinsel banana inlets") {
		r := []rune(w)
		slices.Sort(r)
		anagrams[string(r)] = append(anagrams[string(r)], w)
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range anagrams {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range keys {
		fmt.Println(k, len(anagrams[k]), anagrams[k])
	}
	missing := byGrade[100]
	fmt.Println(missing == nil, len(missing), append(missing, "new"))
}
