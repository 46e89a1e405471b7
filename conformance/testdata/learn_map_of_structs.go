package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name   string
	Score  int
	Passed bool
}

var classroom = map[string]Student{}

func addStudent(name string, score int) {
	classroom[name] = Student{Name: name, Score: score, Passed: score >= 60}
	fmt.Println("added", name, "->", classroom[name])
}

func bonus(name string, pts int) {
	s, ok := classroom[name]
	if !ok {
		fmt.Println("no student", name)
		return
	}
	s.Score += pts
	s.Passed = s.Score >= 60
	classroom[name] = s
	fmt.Printf("bonus for %s: %+v\n", name, s)
}

func main() {
	addStudent("ann", 72)
	addStudent("bob", 55)
	addStudent("cid", 40)
	fmt.Println(classroom)

	bonus("bob", 10)
	bonus("zed", 5)
	bonus("cid", 15)

	tmp := classroom["ann"]
	tmp.Score = 0
	fmt.Println("tmp:", tmp, "map still:", classroom["ann"])

	ptrs := map[string]*Student{}
	for k, v := range classroom {
		v := v
		ptrs[k] = &v
	}
	ptrs["ann"].Score = 100
	fmt.Println("ptr ann:", *ptrs["ann"], "orig ann:", classroom["ann"])

	names := []string{}
	for k := range classroom {
		names = append(names, k)
	}
	sort.Strings(names)
	passed := 0
	for _, n := range names {
		s := classroom[n]
		fmt.Printf("%-4s %3d %v\n", s.Name, s.Score, s.Passed)
		if s.Passed {
			passed++
		}
	}
	fmt.Println("passed:", passed, "of", len(classroom))
	delete(classroom, "cid")
	_, ok := classroom["cid"]
	fmt.Println("cid present?", ok, "len", len(classroom))
}
