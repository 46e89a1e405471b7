package main

import (
	"fmt"
	"slices"
	"strings"
)

type Address struct {
	City string
	Zip  string
}

type Student struct {
	Name    string
	Age     int
	Courses []string
	Home    *Address
}

func (s Student) Greeting() string {
	return "Hi, I am " + s.Name
}

func (s *Student) Enroll(course string) {
	s.Courses = append(s.Courses, course)
	enrollments++
}

func (s Student) IsAdult() bool {
	return s.Age >= 18
}

var enrollments int

func main() {
	s1 := Student{Name: "Lena", Age: 19}
	fmt.Println("s1:", s1)
	fmt.Printf("s1 with fields: %+v\n", s1)
	fmt.Println(s1.Greeting(), "- adult?", s1.IsAdult())

	s1.Enroll("Parallel Computing")
	s1.Enroll("Linear Algebra")
	fmt.Println("after enrolling:", s1.Courses)

	s2 := &Student{Name: "Omar", Age: 17}
	fmt.Println("s2 pointer:", s2)
	s2.Home = &Address{"Bergen", "5003"}
	fmt.Println("s2 home:", s2.Home, "city:", s2.Home.City)
	fmt.Printf("s2 deref: %+v\n", *s2.Home)
	s2.Enroll("Intro to Go")
	fmt.Println("s2 adult?", s2.IsAdult(), "courses:", s2.Courses)

	copyOfS1 := s1
	copyOfS1.Name = "Lena (copy)"
	copyOfS1.Age++
	fmt.Println("original:", s1.Name, s1.Age, "copy:", copyOfS1.Name, copyOfS1.Age)

	class := []Student{s1, *s2, {Name: "Ida", Age: 21, Courses: []string{"Databases"}}}
	fmt.Println("class size:", len(class))
	fmt.Println("first in class:", class[0], "last age:", class[2].Age)

	slices.SortFunc(class, func(a, b Student) int { return a.Age - b.Age })
	for i, st := range class {
		home := "unknown"
		if st.Home != nil {
			home = st.Home.City
		}
		fmt.Printf("%d. %-5s age %d, %d course(s), home %s\n", i+1, st.Name, st.Age, len(st.Courses), home)
	}

	courseCount := map[string]int{}
	for _, st := range class {
		for _, c := range st.Courses {
			courseCount[c]++
		}
	}
	fmt.Println("course count:", courseCount)
	fmt.Println("total enrollments:", enrollments)

	var nobody *Student
	fmt.Println("nil student pointer:", nobody, nobody == nil)
	fmt.Printf("types: %T %T %T\n", s1, s2, class)
	initials := ""
	for _, st := range class {
		initials += strings.ToUpper(st.Name[:1])
	}
	fmt.Println("initials:", initials)
}
