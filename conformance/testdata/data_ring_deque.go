package main

import (
	"fmt"
	"strings"
)

// Deque is a growable ring buffer.
type Deque[T any] struct {
	buf        []T
	head, size int
}

func (d *Deque[T]) grow() {
	newCap := max(4, 2*len(d.buf))
	nb := make([]T, newCap)
	for i := range d.size {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *Deque[T]) PushBack(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.size)%len(d.buf)] = v
	d.size++
}

func (d *Deque[T]) PushFront(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.size++
}

func (d *Deque[T]) PopFront() (T, bool) {
	var zero T
	if d.size == 0 {
		return zero, false
	}
	v := d.buf[d.head]
	d.buf[d.head] = zero
	d.head = (d.head + 1) % len(d.buf)
	d.size--
	return v, true
}

func (d *Deque[T]) PopBack() (T, bool) {
	var zero T
	if d.size == 0 {
		return zero, false
	}
	i := (d.head + d.size - 1) % len(d.buf)
	v := d.buf[i]
	d.buf[i] = zero
	d.size--
	return v, true
}

func (d *Deque[T]) Front() T { return d.buf[d.head] }
func (d *Deque[T]) Back() T  { return d.buf[(d.head+d.size-1)%len(d.buf)] }
func (d *Deque[T]) Len() int { return d.size }

func (d *Deque[T]) String() string {
	parts := make([]string, d.size)
	for i := range d.size {
		parts[i] = fmt.Sprint(d.buf[(d.head+i)%len(d.buf)])
	}
	return fmt.Sprintf("<%s> cap=%d", strings.Join(parts, " "), len(d.buf))
}

// slidingMax uses a monotonic deque of indices.
func slidingMax(nums []int, k int) []int {
	var dq Deque[int]
	var out []int
	for i, x := range nums {
		for dq.Len() > 0 && nums[dq.Back()] <= x {
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

func isPalindrome(s string) bool {
	var d Deque[rune]
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			d.PushBack(r)
		}
	}
	for d.Len() > 1 {
		a, _ := d.PopFront()
		b, _ := d.PopBack()
		if a != b {
			return false
		}
	}
	return true
}

func main() {
	var d Deque[int]
	for i := range 5 {
		if i%2 == 0 {
			d.PushBack(i)
		} else {
			d.PushFront(i)
		}
		fmt.Println("after push", i, "->", &d)
	}
	f, _ := d.PopFront()
	b, _ := d.PopBack()
	fmt.Printf("popped front=%d back=%d, left %v\n", f, b, &d)

	nums := []int{1, 3, -1, -3, 5, 3, 6, 7}
	fmt.Println("window max k=3:", slidingMax(nums, 3))
	fmt.Println("window max k=1:", slidingMax(nums, 1))
	for _, s := range []string{"A man, a plan, a canal: Panama", "deque", "No lemon, no melon"} {
		fmt.Printf("%-32q palindrome=%t\n", s, isPalindrome(s))
	}
}
