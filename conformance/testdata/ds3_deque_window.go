package main

import (
	"errors"
	"fmt"
)

var errEmpty = errors.New("deque is empty")

// Deque is a ring-buffer double-ended queue that grows as needed.
type Deque[T any] struct {
	buf        []T
	head, size int
}

func (d *Deque[T]) Len() int { return d.size }

func (d *Deque[T]) grow() {
	if d.size < len(d.buf) {
		return
	}
	nb := make([]T, max(4, 2*len(d.buf)))
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

func (d *Deque[T]) Front() (T, error) {
	var zero T
	if d.size == 0 {
		return zero, errEmpty
	}
	return d.buf[d.head], nil
}

func (d *Deque[T]) Back() (T, error) {
	var zero T
	if d.size == 0 {
		return zero, errEmpty
	}
	return d.buf[(d.head+d.size-1)%len(d.buf)], nil
}

func (d *Deque[T]) PopFront() (T, error) {
	v, err := d.Front()
	if err == nil {
		d.head = (d.head + 1) % len(d.buf)
		d.size--
	}
	return v, err
}

func (d *Deque[T]) PopBack() (T, error) {
	v, err := d.Back()
	if err == nil {
		d.size--
	}
	return v, err
}

// SlidingMax returns the maximum of every window of width k.
func SlidingMax(nums []int, k int) []int {
	var idx Deque[int]
	var out []int
	for i, n := range nums {
		if f, err := idx.Front(); err == nil && f <= i-k {
			idx.PopFront()
		}
		for {
			b, err := idx.Back()
			if err != nil || nums[b] > n {
				break
			}
			idx.PopBack()
		}
		idx.PushBack(i)
		if i >= k-1 {
			f, _ := idx.Front()
			out = append(out, nums[f])
		}
	}
	return out
}

func main() {
	var d Deque[string]
	d.PushBack("b")
	d.PushBack("c")
	d.PushFront("a")
	d.PushBack("d")
	d.PushFront("z")
	fmt.Println("len:", d.Len())
	for d.Len() > 0 {
		f, _ := d.PopFront()
		b, err := d.PopBack()
		if err != nil {
			fmt.Println("front", f, "and then", err)
			break
		}
		fmt.Println("front", f, "back", b)
	}

	nums := []int{1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 9, 0}
	for _, k := range []int{1, 3, 4, 6} {
		fmt.Printf("k=%d max=%v\n", k, SlidingMax(nums, k))
	}
}
