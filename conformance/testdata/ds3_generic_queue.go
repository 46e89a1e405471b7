package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("queue is empty")

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	size       int
}

func (l *List[T]) PushBack(v T) {
	n := &node[T]{val: v}
	if l.tail == nil {
		l.head, l.tail = n, n
	} else {
		l.tail.next = n
		l.tail = n
	}
	l.size++
}

func (l *List[T]) PopFront() (T, bool) {
	var zero T
	if l.head == nil {
		return zero, false
	}
	n := l.head
	l.head = n.next
	if l.head == nil {
		l.tail = nil
	}
	l.size--
	return n.val, true
}

func (l *List[T]) Len() int { return l.size }

func (l *List[T]) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type Queue[T any] struct {
	items List[T]
}

func (q *Queue[T]) Enqueue(v T)    { q.items.PushBack(v) }
func (q *Queue[T]) Len() int       { return q.items.Len() }
func (q *Queue[T]) String() string { return "Queue" + q.items.String() }
func (q *Queue[T]) Peek() (T, error) {
	if q.items.head == nil {
		var zero T
		return zero, ErrEmpty
	}
	return q.items.head.val, nil
}

func (q *Queue[T]) Dequeue() (T, error) {
	v, ok := q.items.PopFront()
	if !ok {
		return v, ErrEmpty
	}
	return v, nil
}

type job struct {
	id   int
	name string
}

func (j job) String() string { return fmt.Sprintf("#%d:%s", j.id, j.name) }

func main() {
	var q Queue[int]
	for i := 1; i <= 5; i++ {
		q.Enqueue(i * i)
	}
	fmt.Println(q.String(), "len", q.Len())
	if v, err := q.Peek(); err == nil {
		fmt.Println("peek:", v)
	}
	for q.Len() > 2 {
		v, _ := q.Dequeue()
		fmt.Println("dequeued", v)
	}
	fmt.Println(&q)

	var jobs Queue[job]
	jobs.Enqueue(job{1, "build"})
	jobs.Enqueue(job{2, "test"})
	jobs.Enqueue(job{3, "deploy"})
	fmt.Println(&jobs)
	for {
		j, err := jobs.Dequeue()
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Printf("running %v (remaining %d)\n", j, jobs.Len())
	}
	if _, err := jobs.Peek(); errors.Is(err, ErrEmpty) {
		fmt.Println("peek on empty:", err)
	}
}
