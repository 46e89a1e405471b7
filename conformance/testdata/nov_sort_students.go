package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name  string
	Age   int
	GPA   float64
	Major string
}

func printStudents(title string, list []Student) {
	fmt.Println("==", title, "==")
	for _, s := range list {
		fmt.Printf("%-8s %2d  %.2f  %s\n", s.Name, s.Age, s.GPA, s.Major)
	}
}

func main() {
	students := []Student{
		{"Maria", 20, 3.8, "Math"},
		{"Jun", 22, 3.1, "History"},
		{"Olu", 19, 3.8, "Physics"},
		{"Beth", 21, 2.9, "Math"},
		{"Carlos", 20, 3.5, "Art"},
		{"Aiko", 23, 3.9, "Physics"},
	}

	printStudents("original", students)

	sort.Slice(students, func(i, j int) bool {
		return students[i].Name < students[j].Name
	})
	printStudents("by name", students)

	sort.Slice(students, func(i, j int) bool {
		if students[i].GPA == students[j].GPA {
			return students[i].Name < students[j].Name
		}
		return students[i].GPA > students[j].GPA
	})
	printStudents("by gpa (best first)", students)

	// stable sort by age keeps the gpa order for same ages
	sort.SliceStable(students, func(i, j int) bool {
		return students[i].Age < students[j].Age
	})
	printStudents("by age (stable)", students)

	// honor roll: copy the good ones into a new slice
	honorRoll := []Student{}
	for _, s := range students {
		if s.GPA >= 3.5 {
			honorRoll = append(honorRoll, s)
		}
	}
	fmt.Println("honor roll count:", len(honorRoll))
	for i, s := range honorRoll {
		fmt.Println(i+1, s.Name)
	}
}
