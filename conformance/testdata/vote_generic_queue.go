package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("queue is empty")

// Queue is a FIFO line, e.g. voters waiting at a polling station.
type Queue[T any] struct {
	items []T
	// served counts how many items have left the queue
	served int
}

func (q *Queue[T]) Push(items ...T) { q.items = append(q.items, items...) }

func (q *Queue[T]) Pop() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, ErrEmpty
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.served++
	return v, nil
}

func (q Queue[T]) Len() int { return len(q.items) }

// Stack is used for the stack of spoiled ballots in the envelope.
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

// Set is a generic set of comparable values.
type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T) bool {
	if _, ok := s[v]; ok {
		return false
	}
	s[v] = struct{}{}
	return true
}

type Voter struct {
	Reg  int
	Name string
}

func main() {
	var line Queue[Voter]
	line.Push(Voter{501, "Ines"}, Voter{502, "Jun"}, Voter{501, "Ines"}, Voter{503, "Kofi"})
	line.Push(Voter{504, "Lena"})
	fmt.Println("waiting:", line.Len())

	voted := Set[int]{}
	var spoiled Stack[string]
	for {
		v, err := line.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("line closed:", err)
			break
		}
		if !voted.Add(v.Reg) {
			fmt.Printf("  %-5s #%d already voted, turned away\n", v.Name, v.Reg)
			continue
		}
		fmt.Printf("  %-5s #%d issued ballot\n", v.Name, v.Reg)
		if v.Reg%2 == 0 {
			spoiled.Push(fmt.Sprintf("ballot-%d", v.Reg))
		}
	}
	fmt.Printf("served=%d unique voters=%d\n", line.served, len(voted))

	var out []string
	for b, ok := spoiled.Pop(); ok; b, ok = spoiled.Pop() {
		out = append(out, b)
	}
	fmt.Println("spoiled (last in, first out):", strings.Join(out, ", "))

	var nums Queue[float64]
	nums.Push(0.5, 1.25)
	x, _ := nums.Pop()
	fmt.Printf("%T %v %T\n", nums, x, spoiled)
}
