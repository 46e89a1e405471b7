package main

import (
	"errors"
	"fmt"
)

type Status string

const (
	Open       Status = "open"
	InProgress Status = "in_progress"
	Resolved   Status = "resolved"
	Closed     Status = "closed"
)

var ErrNotFound = errors.New("ticket not found")

type TransitionError struct {
	From, To Status
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("cannot move from %s to %s", e.From, e.To)
}

var allowed = map[Status][]Status{
	Open:       {InProgress, Closed},
	InProgress: {Open, Resolved},
	Resolved:   {Closed, Open},
}

type Tracker struct {
	status map[int]Status
}

func (t *Tracker) Move(id int, to Status) error {
	cur, ok := t.status[id]
	if !ok {
		return fmt.Errorf("move #%d: %w", id, ErrNotFound)
	}
	for _, s := range allowed[cur] {
		if s == to {
			t.status[id] = to
			return nil
		}
	}
	return fmt.Errorf("move #%d: %w", id, &TransitionError{From: cur, To: to})
}

func main() {
	tr := &Tracker{status: map[int]Status{1: Open, 2: InProgress, 3: Closed}}

	steps := []struct {
		id int
		to Status
	}{
		{1, InProgress},
		{1, Resolved},
		{1, Closed},
		{2, Closed},
		{3, Open},
		{9, Open},
		{2, Resolved},
	}

	for _, s := range steps {
		err := tr.Move(s.id, s.to)
		var te *TransitionError
		switch {
		case err == nil:
			fmt.Printf("ok    #%d -> %s\n", s.id, s.to)
		case errors.Is(err, ErrNotFound):
			fmt.Printf("miss  %v\n", err)
		case errors.As(err, &te):
			fmt.Printf("deny  %v (from=%q)\n", err, te.From)
		default:
			fmt.Println("other", err)
		}
	}

	for id := 1; id <= 3; id++ {
		fmt.Printf("final #%d: %s\n", id, tr.status[id])
	}
}
