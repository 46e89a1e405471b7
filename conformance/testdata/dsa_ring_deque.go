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
	nb := make([]T, max(4, 2*len(d.buf)))
	for i := 0; i < d.size; i++ {
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

func (d *Deque[T]) At(i int) T { return d.buf[(d.head+i)%len(d.buf)] }
func (d *Deque[T]) Len() int   { return d.size }

func (d *Deque[T]) String() string {
	parts := make([]string, d.size)
	for i := range parts {
		parts[i] = fmt.Sprint(d.At(i))
	}
	return fmt.Sprintf("<%s> head=%d cap=%d", strings.Join(parts, " "), d.head, len(d.buf))
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

// josephus simulates the elimination game using rotation on a deque.
func josephus(n, k int) []int {
	var d Deque[int]
	for i := 1; i <= n; i++ {
		d.PushBack(i)
	}
	var order []int
	for d.Len() > 0 {
		for i := 0; i < k-1; i++ {
			v, _ := d.PopFront()
			d.PushBack(v)
		}
		v, _ := d.PopFront()
		order = append(order, v)
	}
	return order
}

func main() {
	var d Deque[int]
	for i := 1; i <= 3; i++ {
		d.PushBack(i * 10)
		d.PushFront(-i)
		fmt.Println(&d)
	}
	v, _ := d.PopBack()
	w, _ := d.PopFront()
	fmt.Printf("popped back=%d front=%d -> %v\n", v, w, &d)
	for i := 0; i < 4; i++ {
		d.PushBack(100 + i)
	}
	fmt.Println(&d)
	var drained []string
	for d.Len() > 0 {
		x, _ := d.PopFront()
		drained = append(drained, fmt.Sprint(x))
	}
	fmt.Println("drained:", strings.Join(drained, ","))
	_, ok := d.PopBack()
	fmt.Println("pop on empty ok:", ok)

	for _, s := range []string{"A man, a plan, a canal: Panama", "Never odd or even", "deque"} {
		fmt.Printf("%-32q palindrome=%v\n", s, isPalindrome(s))
	}
	fmt.Println("josephus(7,3):", josephus(7, 3))
	fmt.Println("josephus(10,2):", josephus(10, 2))
}
