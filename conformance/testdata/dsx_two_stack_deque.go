package main

import (
	"errors"
	"fmt"
	"slices"
)

var ErrEmptyDeque = errors.New("deque is empty")

// Stack is a plain LIFO stack backed by a slice.
type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items[len(s.items)-1] = zero
	s.items = s.items[:len(s.items)-1]
	return v, true
}

// Deque keeps its front elements in one stack (top = first element) and
// its back elements in another (top = last element). When one side runs
// dry, half of the other side is moved over, giving amortized O(1) ops.
type Deque[T any] struct {
	front, back Stack[T]
	moves       int
}

func (d *Deque[T]) Len() int      { return d.front.Len() + d.back.Len() }
func (d *Deque[T]) PushFront(v T) { d.front.Push(v) }
func (d *Deque[T]) PushBack(v T)  { d.back.Push(v) }

// rebalance moves the bottom half of src onto the empty dst.
func (d *Deque[T]) rebalance(dst, src *Stack[T]) {
	n := src.Len()
	keep := n / 2
	moved := slices.Clone(src.items[:n-keep]) // bottom part, oldest first
	src.items = append(src.items[:0], src.items[n-keep:]...)
	for i := len(moved) - 1; i >= 0; i-- {
		dst.Push(moved[i])
	}
	d.moves += len(moved)
}

func (d *Deque[T]) PopFront() (T, error) {
	if d.front.Len() == 0 {
		d.rebalance(&d.front, &d.back)
	}
	if v, ok := d.front.Pop(); ok {
		return v, nil
	}
	var zero T
	return zero, ErrEmptyDeque
}

func (d *Deque[T]) PopBack() (T, error) {
	if d.back.Len() == 0 {
		d.rebalance(&d.back, &d.front)
	}
	if v, ok := d.back.Pop(); ok {
		return v, nil
	}
	var zero T
	return zero, ErrEmptyDeque
}

func (d *Deque[T]) Slice() []T {
	out := slices.Clone(d.front.items)
	slices.Reverse(out)
	return append(out, d.back.items...)
}

func (d *Deque[T]) String() string {
	return fmt.Sprintf("%v  (front=%v back=%v)", d.Slice(), d.front.items, d.back.items)
}

func main() {
	var d Deque[int]
	for i := 1; i <= 6; i++ {
		d.PushBack(i)
	}
	d.PushFront(0)
	d.PushFront(-1)
	fmt.Println("start:", &d)
	for _, op := range []string{"front", "front", "back", "front", "back", "back", "front"} {
		var v int
		var err error
		if op == "front" {
			v, err = d.PopFront()
		} else {
			v, err = d.PopBack()
		}
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("pop %-5s %2d -> %v\n", op, v, &d)
	}
	fmt.Println("moves so far:", d.moves)
	for range 3 {
		_, err := d.PopBack()
		fmt.Println("pop back:", err, "len:", d.Len())
	}

	// Palindrome check using both ends.
	for _, w := range []string{"racecar", "level", "deque", "abba"} {
		var q Deque[rune]
		for _, r := range w {
			q.PushBack(r)
		}
		pal := true
		for q.Len() > 1 {
			a, _ := q.PopFront()
			b, _ := q.PopBack()
			pal = pal && a == b
		}
		fmt.Printf("%-8s palindrome=%v moves=%d\n", w, pal, q.moves)
	}
}
