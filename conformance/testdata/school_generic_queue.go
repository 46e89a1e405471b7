package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("queue is empty")

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v ...T) { q.items = append(q.items, v...) }

func (q *Queue[T]) Pop() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, ErrEmpty
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

func (q Queue[T]) Len() int { return len(q.items) }

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(*s) == 0 {
		return zero, false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type Scorable interface {
	~int | ~float64
}

func Average[T Scorable](q *Queue[T]) float64 {
	var sum T
	for _, v := range q.items {
		sum += v
	}
	return float64(sum) / float64(q.Len())
}

type HelpRequest struct {
	Student  string
	Question string
}

func main() {
	var help Queue[HelpRequest]
	help.Push(
		HelpRequest{"Sami", "What is a prime?"},
		HelpRequest{"Tara", "Can I borrow a pen?"},
		HelpRequest{"Umi", "Is this on the test?"},
	)
	fmt.Println("waiting:", help.Len())
	for {
		r, err := help.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("stop:", err)
			break
		}
		fmt.Printf("helping %s: %q\n", r.Student, r.Question)
	}

	var marks Queue[float64]
	marks.Push(7.5, 8, 9.25)
	fmt.Printf("average mark: %.3f\n", Average(&marks))

	var undo Stack[string]
	for _, w := range strings.Fields("write the essay title") {
		undo.Push(w)
	}
	for {
		w, ok := undo.Pop()
		if !ok {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println("<- undone")

	pairs := []Pair[string, int]{{"Sami", 3}, {"Tara", 5}}
	fmt.Println(pairs, pairs[0])
	fmt.Printf("%T\n", pairs[1])
}
