package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Sorted[T any] struct {
	items []T
	cmp   func(a, b T) int
}

func NewSorted[T any](cmpFn func(a, b T) int, init ...T) *Sorted[T] {
	s := &Sorted[T]{items: slices.Clone(init), cmp: cmpFn}
	slices.SortStableFunc(s.items, cmpFn)
	return s
}

func NewOrdered[T cmp.Ordered](init ...T) *Sorted[T] {
	return NewSorted(cmp.Compare[T], init...)
}

func (s *Sorted[T]) Add(v T) int {
	i, _ := slices.BinarySearchFunc(s.items, v, s.cmp)
	for i < len(s.items) && s.cmp(s.items[i], v) == 0 {
		i++
	}
	s.items = slices.Insert(s.items, i, v)
	return i
}

func (s *Sorted[T]) Remove(v T) bool {
	i, found := slices.BinarySearchFunc(s.items, v, s.cmp)
	if found {
		s.items = slices.Delete(s.items, i, i+1)
	}
	return found
}

func (s *Sorted[T]) Len() int    { return len(s.items) }
func (s *Sorted[T]) Get(i int) T { return s.items[i] }

func (s *Sorted[T]) Between(lo, hi T) []T {
	i, _ := slices.BinarySearchFunc(s.items, lo, s.cmp)
	j, _ := slices.BinarySearchFunc(s.items, hi, s.cmp)
	for j < len(s.items) && s.cmp(s.items[j], hi) == 0 {
		j++
	}
	return s.items[i:j]
}

func (s *Sorted[T]) String() string {
	parts := make([]string, len(s.items))
	for i, v := range s.items {
		parts[i] = fmt.Sprint(v)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func (e Employee) String() string { return fmt.Sprintf("%s/%s:%d", e.Dept, e.Name, e.Salary) }

func byDeptThenSalary(a, b Employee) int {
	return cmp.Or(
		cmp.Compare(a.Dept, b.Dept),
		-cmp.Compare(a.Salary, b.Salary),
		strings.Compare(a.Name, b.Name),
	)
}

func main() {
	nums := NewOrdered(42, 7, 19, 7, 3, 88)
	fmt.Printf("%T %v len=%d\n", nums, nums, nums.Len())
	fmt.Println("insert 20 at", nums.Add(20), "->", nums)
	fmt.Println("remove 7:", nums.Remove(7), "remove 8:", nums.Remove(8), "->", nums)
	fmt.Println("between 5 and 42:", nums.Between(5, 42))

	words := NewOrdered(strings.Fields("pear fig apple kiwi banana")...)
	words.Add("cherry")
	fmt.Printf("%T %v first=%q last=%q\n", words, words, words.Get(0), words.Get(words.Len()-1))

	staff := NewSorted(byDeptThenSalary,
		Employee{"ana", "eng", 120},
		Employee{"ben", "ops", 90},
		Employee{"cid", "eng", 135},
		Employee{"dee", "ops", 90},
	)
	staff.Add(Employee{"eve", "eng", 120})
	staff.Add(Employee{"fay", "hr", 80})
	fmt.Printf("%T\n", staff)
	for i := 0; i < staff.Len(); i++ {
		fmt.Printf("  %d %v\n", i, staff.Get(i))
	}
	lo := Employee{Dept: "eng", Salary: 1 << 30}
	hi := Employee{Dept: "eng", Salary: -1}
	fmt.Println("eng only:", staff.Between(lo, hi))

	byLen := NewSorted(func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(a, b))
	}, "ccc", "a", "bb", "aa", "dddd")
	fmt.Println("by length:", byLen)
}
