package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("container is empty")

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Enqueue(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Dequeue() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, ErrEmpty
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

func (q *Queue[T]) Len() int { return len(q.items) }

type Op struct {
	Desc  string
	Delta int
}

type Account struct {
	Balance int
	history Stack[Op]
}

func (a *Account) Apply(op Op) {
	a.Balance += op.Delta
	a.history.Push(op)
	fmt.Printf("apply %-16s %+6d -> balance %5d\n", op.Desc, op.Delta, a.Balance)
}

func (a *Account) Undo() error {
	op, err := a.history.Pop()
	if err != nil {
		return fmt.Errorf("undo: %w", err)
	}
	a.Balance -= op.Delta
	fmt.Printf("undo  %-16s %+6d -> balance %5d\n", op.Desc, -op.Delta, a.Balance)
	return nil
}

func main() {
	var pending Queue[Op]
	pending.Enqueue(Op{"opening deposit", 1000})
	pending.Enqueue(Op{"groceries", -85})
	pending.Enqueue(Op{"gym fee", -40})
	pending.Enqueue(Op{"typo deposit", 9000})
	fmt.Println("pending operations:", pending.Len())

	acct := &Account{}
	for pending.Len() > 0 {
		op, _ := pending.Dequeue()
		acct.Apply(op)
	}

	fmt.Println("oops, undoing the last two")
	for range 2 {
		if err := acct.Undo(); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println("history depth:", acct.history.Len())

	for i := 0; i < 3; i++ {
		if err := acct.Undo(); err != nil {
			fmt.Println("error:", err, "| is ErrEmpty:", errors.Is(err, ErrEmpty))
			break
		}
	}

	if _, err := pending.Dequeue(); err != nil {
		fmt.Println("queue:", err)
	}

	var ids Stack[string]
	for _, id := range []string{"TX-1", "TX-2", "TX-3"} {
		ids.Push(id)
	}
	var order []string
	for ids.Len() > 0 {
		id, _ := ids.Pop()
		order = append(order, id)
	}
	fmt.Println("processed in reverse:", order)
	fmt.Println("final balance:", acct.Balance)
}
