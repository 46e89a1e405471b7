package main

import (
	"cmp"
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("queue is empty")

// PriorityQueue keeps items ordered by a key, lowest first.
type PriorityQueue[T any, K cmp.Ordered] struct {
	items []T
	key   func(T) K
}

func NewPriorityQueue[T any, K cmp.Ordered](key func(T) K) *PriorityQueue[T, K] {
	return &PriorityQueue[T, K]{key: key}
}

func (q *PriorityQueue[T, K]) Push(v T) {
	i := len(q.items)
	for i > 0 && q.key(q.items[i-1]) > q.key(v) {
		i--
	}
	q.items = append(q.items, v)
	copy(q.items[i+1:], q.items[i:])
	q.items[i] = v
}

func (q *PriorityQueue[T, K]) Pop() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, ErrEmpty
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

func (q *PriorityQueue[T, K]) Len() int { return len(q.items) }

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("<%v, %v>", p.First, p.Second) }

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

type Chore struct {
	Name     string
	Priority int
	Minutes  int
}

func main() {
	chores := NewPriorityQueue(func(c Chore) int { return c.Priority })
	chores.Push(Chore{"mend fence", 3, 90})
	chores.Push(Chore{"milk cows", 1, 60})
	chores.Push(Chore{"collect eggs", 2, 15})
	chores.Push(Chore{"clean trough", 3, 30})
	chores.Push(Chore{"feed calves", 1, 20})

	fmt.Println("chores queued:", chores.Len())
	for chores.Len() > 0 {
		c, _ := chores.Pop()
		fmt.Printf("  p%d %-13s %3d min\n", c.Priority, c.Name, c.Minutes)
	}
	if _, err := chores.Pop(); err != nil {
		fmt.Println("pop on empty:", err)
	}

	byName := NewPriorityQueue(strings.ToLower)
	for _, s := range []string{"Turnip", "apple", "Leek", "carrot"} {
		byName.Push(s)
	}
	var names []string
	for byName.Len() > 0 {
		s, _ := byName.Pop()
		names = append(names, s)
	}
	fmt.Println("alphabetical stalls:", names)

	pens := []string{"pen A", "pen B", "pen C", "pen D"}
	counts := []int{12, 7, 9}
	pairs := Zip(pens, counts)
	for _, p := range pairs {
		fmt.Println(p)
	}
	fmt.Printf("%T\n", pairs)
}
