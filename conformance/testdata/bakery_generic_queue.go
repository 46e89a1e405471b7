package main

import (
	"fmt"
	"strings"
)

// Queue is a simple FIFO used for orders at the counter.
type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func (q *Queue[T]) Len() int { return len(q.items) }

// Pair holds two related values, for example a product and its count.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

// Tally counts how often each value occurs, preserving first-seen order.
func Tally[T comparable](xs []T) []Pair[T, int] {
	index := map[T]int{}
	var out []Pair[T, int]
	for _, x := range xs {
		if i, ok := index[x]; ok {
			out[i].Val++
			continue
		}
		index[x] = len(out)
		out = append(out, Pair[T, int]{x, 1})
	}
	return out
}

type Ticket struct {
	Number int
	Want   string
}

func main() {
	var counter Queue[Ticket]
	wants := []string{"croissant", "baguette", "croissant", "eclair", "baguette", "croissant"}
	for i, w := range wants {
		counter.Push(Ticket{Number: i + 1, Want: w})
	}
	fmt.Println("waiting:", counter.Len())

	var served []string
	for {
		t, ok := counter.Pop()
		if !ok {
			break
		}
		fmt.Printf("serving ticket %d: %s\n", t.Number, t.Want)
		served = append(served, t.Want)
	}
	fmt.Println("waiting:", counter.Len())

	for _, p := range Tally(served) {
		fmt.Println(p)
	}

	var trays Queue[int]
	for _, n := range []int{12, 24, 6} {
		trays.Push(n)
	}
	sum := 0
	for trays.Len() > 0 {
		n, _ := trays.Pop()
		sum += n
	}
	fmt.Println("pieces on trays:", sum)

	letters := Tally(strings.Split("pain au chocolat", ""))
	fmt.Println(len(letters), "distinct characters, first three:", letters[:3])
	_, ok := trays.Pop()
	fmt.Println("pop from empty:", ok)
}
