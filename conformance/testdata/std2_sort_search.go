package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

// byDeptThenSalary sorts by department ascending, then salary descending, then name.
type byDeptThenSalary []Employee

func (s byDeptThenSalary) Len() int      { return len(s) }
func (s byDeptThenSalary) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byDeptThenSalary) Less(i, j int) bool {
	a, b := s[i], s[j]
	if a.Dept != b.Dept {
		return a.Dept < b.Dept
	}
	if a.Salary != b.Salary {
		return a.Salary > b.Salary
	}
	return a.Name < b.Name
}

type byAge []Employee

func (s byAge) Len() int           { return len(s) }
func (s byAge) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byAge) Less(i, j int) bool { return s[i].Age < s[j].Age }

func show(title string, es []Employee) {
	fmt.Println(title)
	for _, e := range es {
		fmt.Printf("  %-6s %-5s %6d %3d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
}

func main() {
	staff := []Employee{
		{"Zoe", "eng", 120000, 31}, {"Adam", "ops", 90000, 45}, {"Mia", "eng", 135000, 28},
		{"Liam", "sales", 70000, 31}, {"Noah", "eng", 120000, 39}, {"Emma", "ops", 95000, 28},
		{"Ava", "sales", 82000, 52},
	}
	sort.Sort(byDeptThenSalary(staff))
	show("by dept, salary desc, name:", staff)

	sort.Stable(byAge(staff))
	show("stable by age (ties keep previous order):", staff)

	sort.Sort(sort.Reverse(byAge(staff)))
	fmt.Println("oldest first:", staff[0].Name, "youngest:", staff[len(staff)-1].Age)

	ints := []int{42, -3, 17, 8, 99, 0, 8, 23}
	sort.Ints(ints)
	fmt.Println("ints:", ints, "sorted:", sort.IntsAreSorted(ints))
	for _, x := range []int{8, 9, -10, 100} {
		i := sort.SearchInts(ints, x)
		found := i < len(ints) && ints[i] == x
		fmt.Printf("SearchInts(%d) = %d found=%v\n", x, i, found)
	}

	words := strings.Fields("pear Apple banana apple Cherry date")
	sort.Strings(words)
	fmt.Println("byte order:", words)
	sort.Slice(words, func(i, j int) bool {
		li, lj := strings.ToLower(words[i]), strings.ToLower(words[j])
		if li != lj {
			return li < lj
		}
		return words[i] < words[j]
	})
	fmt.Println("case-insensitive:", words)

	floats := []float64{2.5, -1, 3.75, 0.5}
	sort.Float64s(floats)
	fmt.Println("floats:", floats)

	// sort.Search: find the smallest n whose square is >= 2000.
	n := sort.Search(100, func(i int) bool { return i*i >= 2000 })
	fmt.Println("first square >= 2000:", n, n*n)

	// Binary search for a threshold in a cumulative table.
	thresholds := []int{0, 10000, 40000, 90000, 150000}
	rates := []string{"0%", "10%", "20%", "30%", "40%"}
	for _, income := range []int{5000, 10000, 39999, 120000, 500000} {
		i := sort.Search(len(thresholds), func(i int) bool { return thresholds[i] > income }) - 1
		fmt.Printf("income %6d -> bracket %s\n", income, rates[i])
	}

	idx, found := sort.Find(len(words), func(i int) int {
		return strings.Compare("banana", strings.ToLower(words[i]))
	})
	fmt.Println("Find banana:", idx, found)

	// Guess a number with sort.Search, counting comparisons.
	secret, guesses := 737, 0
	got := sort.Search(1000, func(i int) bool { guesses++; return i >= secret })
	fmt.Printf("guessed %d in %d comparisons\n", got, guesses)
}
