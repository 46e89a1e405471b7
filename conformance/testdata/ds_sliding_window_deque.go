package main

import (
	"fmt"
	"strings"
)

// Deque is a growable circular buffer supporting both ends.
type Deque struct {
	buf         []int
	head, count int
}

func NewDeque(capacity int) *Deque {
	return &Deque{buf: make([]int, capacity)}
}

func (d *Deque) grow() {
	nb := make([]int, len(d.buf)*2)
	for i := 0; i < d.count; i++ {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *Deque) PushBack(v int) {
	if d.count == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.count)%len(d.buf)] = v
	d.count++
}

func (d *Deque) PushFront(v int) {
	if d.count == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.count++
}

func (d *Deque) PopFront() int {
	v := d.buf[d.head]
	d.head = (d.head + 1) % len(d.buf)
	d.count--
	return v
}

func (d *Deque) PopBack() int {
	d.count--
	return d.buf[(d.head+d.count)%len(d.buf)]
}

func (d *Deque) Front() int { return d.buf[d.head] }
func (d *Deque) Back() int  { return d.buf[(d.head+d.count-1)%len(d.buf)] }
func (d *Deque) Empty() bool {
	return d.count == 0
}

func (d *Deque) String() string {
	parts := make([]string, d.count)
	for i := range d.count {
		parts[i] = fmt.Sprint(d.buf[(d.head+i)%len(d.buf)])
	}
	return "<" + strings.Join(parts, ",") + ">"
}

// slidingMax returns the max of each window of size k using a monotonic deque of indices.
func slidingMax(nums []int, k int) []int {
	dq := NewDeque(2)
	var out []int
	for i, x := range nums {
		if !dq.Empty() && dq.Front() <= i-k {
			dq.PopFront()
		}
		for !dq.Empty() && nums[dq.Back()] <= x {
			dq.PopBack()
		}
		dq.PushBack(i)
		if i >= k-1 {
			out = append(out, nums[dq.Front()])
		}
	}
	return out
}

func isPalindrome(s string) bool {
	d := NewDeque(1)
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			d.PushBack(int(r))
		}
	}
	for d.count > 1 {
		if d.PopFront() != d.PopBack() {
			return false
		}
	}
	return true
}

func main() {
	d := NewDeque(2)
	for i := 1; i <= 4; i++ {
		d.PushBack(i)
		d.PushFront(-i)
		fmt.Printf("step %d: %v cap=%d\n", i, d, len(d.buf))
	}
	fmt.Println("pop front:", d.PopFront(), "pop back:", d.PopBack(), "->", d)

	nums := []int{1, 3, -1, -3, 5, 3, 6, 7}
	for k := 1; k <= 4; k++ {
		fmt.Printf("k=%d max=%v\n", k, slidingMax(nums, k))
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "race a car", "No lemon, no melon"} {
		fmt.Printf("%-32q palindrome=%v\n", s, isPalindrome(s))
	}
}
