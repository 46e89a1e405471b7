package main

import (
	"fmt"
	"iter"
	"slices"
)

// Deque is a double-ended queue backed by a growable circular buffer.
type Deque[T any] struct {
	buf        []T
	head, size int
}

func NewDeque[T any](capacity int) *Deque[T] {
	return &Deque[T]{buf: make([]T, max(capacity, 1))}
}

func (d *Deque[T]) grow() {
	if d.size < len(d.buf) {
		return
	}
	nb := make([]T, len(d.buf)*2)
	for i := range d.size {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *Deque[T]) PushBack(v T) {
	d.grow()
	d.buf[(d.head+d.size)%len(d.buf)] = v
	d.size++
}

func (d *Deque[T]) PushFront(v T) {
	d.grow()
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.size++
}

func (d *Deque[T]) PopFront() (v T, ok bool) {
	if d.size == 0 {
		return v, false
	}
	v = d.buf[d.head]
	var zero T
	d.buf[d.head] = zero
	d.head = (d.head + 1) % len(d.buf)
	d.size--
	return v, true
}

func (d *Deque[T]) PopBack() (v T, ok bool) {
	if d.size == 0 {
		return v, false
	}
	idx := (d.head + d.size - 1) % len(d.buf)
	v = d.buf[idx]
	var zero T
	d.buf[idx] = zero
	d.size--
	return v, true
}

func (d *Deque[T]) Len() int { return d.size }
func (d *Deque[T]) Cap() int { return len(d.buf) }

func (d *Deque[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := range d.size {
			if !yield(i, d.buf[(d.head+i)%len(d.buf)]) {
				return
			}
		}
	}
}

func (d *Deque[T]) String() string {
	vals := make([]T, 0, d.size)
	for _, v := range d.All() {
		vals = append(vals, v)
	}
	return fmt.Sprintf("Deque%v", vals)
}

func (d *Deque[T]) Front() T { return d.buf[d.head] }
func (d *Deque[T]) Back() T  { return d.buf[(d.head+d.size-1)%len(d.buf)] }

// slidingMax returns the max of each window of size k using a deque of indices.
func slidingMax(nums []int, k int) []int {
	dq := NewDeque[int](k)
	var out []int
	for i, n := range nums {
		for dq.Len() > 0 && nums[dq.Back()] <= n {
			dq.PopBack()
		}
		dq.PushBack(i)
		if dq.Front() <= i-k {
			dq.PopFront()
		}
		if i >= k-1 {
			out = append(out, nums[dq.Front()])
		}
	}
	return out
}

func main() {
	d := NewDeque[string](2)
	d.PushBack("c")
	d.PushFront("b")
	d.PushBack("d")
	d.PushFront("a")
	d.PushBack("e")
	fmt.Println(d, "len", d.Len(), "cap", d.Cap())
	for i, v := range d.All() {
		if i == 3 {
			break
		}
		fmt.Printf("  [%d]=%s\n", i, v)
	}
	f, _ := d.PopFront()
	b, _ := d.PopBack()
	fmt.Printf("popped front=%q back=%q now %v\n", f, b, d)

	empty := NewDeque[float64](0)
	v, ok := empty.PopBack()
	fmt.Printf("empty pop: %v %t (%T)\n", v, ok, v)

	nums := []int{1, 3, -1, -3, 5, 3, 6, 7}
	fmt.Println("sliding max k=3:", slidingMax(nums, 3))
	fmt.Println("sliding max k=1 equals input:", slices.Equal(slidingMax(nums, 1), nums))
}
