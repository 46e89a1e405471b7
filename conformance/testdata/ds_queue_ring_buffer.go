package main

import "fmt"

type Ring struct {
	buf        []int
	head, size int
}

func NewRing(n int) *Ring { return &Ring{buf: make([]int, n)} }

func (r *Ring) Push(v int) (dropped int, ok bool) {
	if r.size == len(r.buf) {
		dropped = r.buf[r.head]
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return dropped, true
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return 0, false
}

func (r *Ring) Pop() (int, bool) {
	if r.size == 0 {
		return 0, false
	}
	v := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, true
}

func (r *Ring) Items() []int {
	out := make([]int, 0, r.size)
	for i := 0; i < r.size; i++ {
		out = append(out, r.buf[(r.head+i)%len(r.buf)])
	}
	return out
}

func main() {
	r := NewRing(3)
	for i := 1; i <= 5; i++ {
		if d, ok := r.Push(i * 10); ok {
			fmt.Println("dropped", d)
		}
	}
	fmt.Println(r.Items(), r.size)
	v, ok := r.Pop()
	fmt.Println(v, ok, r.Items())
	for {
		if _, ok := r.Pop(); !ok {
			break
		}
	}
	fmt.Println(r.Items(), len(r.Items()))
}
