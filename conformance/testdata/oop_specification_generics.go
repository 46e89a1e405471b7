package main

import (
	"fmt"
	"strings"
)

// Spec is a named predicate over T that can be combined.
type Spec[T any] interface {
	IsSatisfiedBy(T) bool
	String() string
}

type pred[T any] struct {
	name string
	fn   func(T) bool
}

func (p pred[T]) IsSatisfiedBy(v T) bool { return p.fn(v) }
func (p pred[T]) String() string         { return p.name }

func New[T any](name string, fn func(T) bool) Spec[T] { return pred[T]{name, fn} }

type and[T any] struct{ a, b Spec[T] }
type or[T any] struct{ a, b Spec[T] }
type not[T any] struct{ s Spec[T] }

func (s and[T]) IsSatisfiedBy(v T) bool { return s.a.IsSatisfiedBy(v) && s.b.IsSatisfiedBy(v) }
func (s and[T]) String() string         { return "(" + s.a.String() + " AND " + s.b.String() + ")" }
func (s or[T]) IsSatisfiedBy(v T) bool  { return s.a.IsSatisfiedBy(v) || s.b.IsSatisfiedBy(v) }
func (s or[T]) String() string          { return "(" + s.a.String() + " OR " + s.b.String() + ")" }
func (s not[T]) IsSatisfiedBy(v T) bool { return !s.s.IsSatisfiedBy(v) }
func (s not[T]) String() string         { return "NOT " + s.s.String() }

func And[T any](a, b Spec[T]) Spec[T] { return and[T]{a, b} }
func Or[T any](a, b Spec[T]) Spec[T]  { return or[T]{a, b} }
func Not[T any](s Spec[T]) Spec[T]    { return not[T]{s} }

func Filter[T any](items []T, s Spec[T]) []T {
	var out []T
	for _, it := range items {
		if s.IsSatisfiedBy(it) {
			out = append(out, it)
		}
	}
	return out
}

type Book struct {
	Title string
	Year  int
	Pages int
	Tags  []string
}

func HasTag(tag string) Spec[Book] {
	return New("tag="+tag, func(b Book) bool {
		for _, t := range b.Tags {
			if t == tag {
				return true
			}
		}
		return false
	})
}

func main() {
	books := []Book{
		{"The Go Programming Language", 2015, 380, []string{"go", "programming"}},
		{"Dune", 1965, 612, []string{"scifi"}},
		{"Learning Go", 2021, 375, []string{"go"}},
		{"Neuromancer", 1984, 271, []string{"scifi", "cyberpunk"}},
		{"SICP", 1985, 657, []string{"programming", "lisp"}},
	}
	recent := New("year>=2000", func(b Book) bool { return b.Year >= 2000 })
	long := New("pages>500", func(b Book) bool { return b.Pages > 500 })

	specs := []Spec[Book]{
		HasTag("go"),
		And(HasTag("scifi"), Not(long)),
		Or(recent, long),
		Not(Or(HasTag("go"), HasTag("scifi"))),
		And(HasTag("programming"), Not(recent)),
	}
	for _, s := range specs {
		var titles []string
		for _, b := range Filter(books, s) {
			titles = append(titles, b.Title)
		}
		fmt.Printf("%-40v %q\n", s, titles)
	}

	even := New("even", func(n int) bool { return n%2 == 0 })
	big := New("big", func(n int) bool { return n > 5 })
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	fmt.Println(Filter(nums, And(even, Not(big))), Filter(nums, Or(Not(even), big)))
	fmt.Printf("%T | %s\n", And(even, big), strings.ToLower(Or(even, Not(big)).String()))
}
