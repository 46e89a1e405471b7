package main

import (
	"errors"
	"fmt"
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

func (q Queue[T]) Peek() (T, bool) {
	if len(q.items) == 0 {
		var zero T
		return zero, false
	}
	return q.items[0], true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Challenger struct {
	Name  string
	Coins int
}

func Drain[T any](q *Queue[T], f func(T)) int {
	n := 0
	for {
		v, err := q.Pop()
		if errors.Is(err, ErrEmpty) {
			return n
		}
		f(v)
		n++
	}
}

func main() {
	var line Queue[Challenger]
	line.Push(Challenger{"Ivy", 2}, Challenger{"Oz", 1}, Challenger{"Pam", 4})
	if next, ok := line.Peek(); ok {
		fmt.Printf("next up: %+v (queue length %d)\n", next, line.Len())
	}

	served := Drain(&line, func(c Challenger) {
		fmt.Printf("%s steps up with %d coin(s)\n", c.Name, c.Coins)
	})
	fmt.Println("served:", served)

	_, err := line.Pop()
	fmt.Println("pop on empty:", err)

	tokens := &Queue[int]{}
	for i := range 4 {
		tokens.Push((i + 1) * 5)
	}
	sum := 0
	Drain(tokens, func(n int) { sum += n })
	fmt.Println("tokens drained:", sum)

	pairs := []Pair[string, int]{{"Frogger", 3}, {"Joust", 7}}
	fmt.Println(pairs)
	fmt.Printf("%T\n", pairs[0])
	fmt.Printf("%T\n", tokens)
}
