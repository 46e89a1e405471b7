package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("queue is empty")

// Queue is a simple FIFO used for an "up next" list.
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

func (q *Queue[T]) PlayNext(v T) {
	q.items = append([]T{v}, q.items...)
}

func (q Queue[T]) Len() int { return len(q.items) }

func (q Queue[T]) Peek() (T, bool) {
	if len(q.items) == 0 {
		var zero T
		return zero, false
	}
	return q.items[0], true
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("<%v|%v>", p.First, p.Second) }

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

type Track struct {
	Title string
	Secs  int
}

func main() {
	var upNext Queue[Track]
	upNext.Push(
		Track{"Morning Glow", 214},
		Track{"Coastline", 187},
		Track{"Neon Bloom", 245},
	)
	upNext.PlayNext(Track{"Requested Song", 199})
	if t, ok := upNext.Peek(); ok {
		fmt.Printf("next up: %+v (queue length %d)\n", t, upNext.Len())
	}

	played := 0
	for {
		t, err := upNext.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("stopped:", err)
			break
		}
		played += t.Secs
		fmt.Printf("now playing %-15s %d:%02d\n", t.Title, t.Secs/60, t.Secs%60)
	}
	fmt.Printf("played %d seconds in total\n", played)

	var ids Queue[int]
	ids.Push(101, 205, 333)
	first, _ := ids.Pop()
	fmt.Printf("%T first=%d remaining=%d\n", ids, first, ids.Len())

	duets := []Pair[string, string]{
		{"Elton", "Kiki"}, {"Sonny", "Cher"}, {"Johnny", "June"},
	}
	fmt.Println("duets:", duets)
	withJ := Filter(duets, func(p Pair[string, string]) bool {
		return strings.HasPrefix(p.First, "J") || strings.HasPrefix(p.Second, "J")
	})
	fmt.Printf("with a J: %v\n", withJ)

	scores := []Pair[string, float64]{{"verse", 7.5}, {"chorus", 9.25}, {"bridge", 6}}
	good := Filter(scores, func(p Pair[string, float64]) bool { return p.Second >= 7 })
	fmt.Printf("strong sections: %v\n", good)
}
