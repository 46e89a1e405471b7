package main

import (
	"errors"
	"fmt"
)

type dnode[T any] struct {
	val        T
	prev, next *dnode[T]
}

// Deque is a circular doubly linked list; root is a sentinel (next=front, prev=back).
type Deque[T any] struct {
	root dnode[T]
	n    int
}

var ErrEmpty = errors.New("deque is empty")

func NewDeque[T any]() *Deque[T] {
	d := new(Deque[T])
	d.root.next, d.root.prev = &d.root, &d.root
	return d
}

func (d *Deque[T]) insertAfter(at *dnode[T], v T) {
	nd := &dnode[T]{val: v, prev: at, next: at.next}
	at.next.prev = nd
	at.next = nd
	d.n++
}

func (d *Deque[T]) remove(nd *dnode[T]) T {
	nd.prev.next = nd.next
	nd.next.prev = nd.prev
	d.n--
	return nd.val
}

func (d *Deque[T]) PushFront(v T) { d.insertAfter(&d.root, v) }
func (d *Deque[T]) PushBack(v T)  { d.insertAfter(d.root.prev, v) }

func (d *Deque[T]) PopFront() (v T, err error) {
	if d.n == 0 {
		err = ErrEmpty
		return
	}
	return d.remove(d.root.next), nil
}

func (d *Deque[T]) PopBack() (T, error) {
	if d.n == 0 {
		var zero T
		return zero, ErrEmpty
	}
	return d.remove(d.root.prev), nil
}

// Slice returns the values front-to-back, or back-to-front when reverse is set.
func (d *Deque[T]) Slice(reverse bool) []T {
	out := make([]T, 0, d.n)
	c, step := d.root.next, func(n *dnode[T]) *dnode[T] { return n.next }
	if reverse {
		c, step = d.root.prev, func(n *dnode[T]) *dnode[T] { return n.prev }
	}
	for ; c != &d.root; c = step(c) {
		out = append(out, c.val)
	}
	return out
}

func main() {
	d := NewDeque[string]()
	for _, w := range []string{"b", "c", "d"} {
		d.PushBack(w)
	}
	d.PushFront("a")
	fmt.Println(d.Slice(false), d.Slice(true), d.n)
	f, _ := d.PopFront()
	b, _ := d.PopBack()
	fmt.Printf("popped %q and %q, left %v\n", f, b, d.Slice(false))
	for {
		v, err := d.PopBack()
		if err != nil {
			fmt.Println("stop:", err, errors.Is(err, ErrEmpty))
			break
		}
		fmt.Println("pop back", v)
	}
	d.PushBack("z")
	fmt.Printf("reused: %v len=%d\n", d.Slice(true), d.n)
	nums := NewDeque[int]()
	for i := range 3 {
		nums.PushFront(2 * i)
		nums.PushBack(2*i + 1)
	}
	_, err := nums.PopFront()
	fmt.Printf("%v len=%d err=%v\n", nums.Slice(false), nums.n, err)
}
