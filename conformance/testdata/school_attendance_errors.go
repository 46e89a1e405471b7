package main

import (
	"errors"
	"fmt"
)

var (
	ErrUnknownStudent = errors.New("unknown student")
	ErrFutureDay      = errors.New("day not yet reached")
)

type TooManyAbsencesError struct {
	Student string
	Count   int
	Limit   int
}

func (e *TooManyAbsencesError) Error() string {
	return fmt.Sprintf("%s has %d absences (limit %d)", e.Student, e.Count, e.Limit)
}

type Register struct {
	Day      int
	Limit    int
	absences map[string]int
}

func NewRegister(limit int, names ...string) *Register {
	r := &Register{Day: 5, Limit: limit, absences: map[string]int{}}
	for _, n := range names {
		r.absences[n] = 0
	}
	return r
}

func (r *Register) MarkAbsent(name string, day int) error {
	if day > r.Day {
		return fmt.Errorf("mark %s on day %d: %w", name, day, ErrFutureDay)
	}
	n, ok := r.absences[name]
	if !ok {
		return fmt.Errorf("mark %q: %w", name, ErrUnknownStudent)
	}
	n++
	r.absences[name] = n
	if n > r.Limit {
		return fmt.Errorf("day %d: %w", day, &TooManyAbsencesError{name, n, r.Limit})
	}
	return nil
}

func main() {
	reg := NewRegister(2, "Omar", "Priya", "Quinn")
	events := []struct {
		name string
		day  int
	}{
		{"Omar", 1}, {"Priya", 1}, {"Omar", 2}, {"Zara", 2},
		{"Omar", 3}, {"Quinn", 9}, {"Omar", 4}, {"Priya", 5},
	}

	for _, e := range events {
		err := reg.MarkAbsent(e.name, e.day)
		var tooMany *TooManyAbsencesError
		switch {
		case err == nil:
			fmt.Printf("ok: %s absent on day %d\n", e.name, e.day)
		case errors.Is(err, ErrUnknownStudent):
			fmt.Println("skip:", err)
		case errors.Is(err, ErrFutureDay):
			fmt.Println("reject:", err)
		case errors.As(err, &tooMany):
			fmt.Printf("alert: %v (over by %d)\n", err, tooMany.Count-tooMany.Limit)
		default:
			fmt.Println("unexpected:", err)
		}
	}

	joined := errors.Join(
		reg.MarkAbsent("Nobody", 1),
		reg.MarkAbsent("Quinn", 7),
	)
	fmt.Println("joined error:")
	fmt.Println(joined)
	fmt.Println("contains unknown:", errors.Is(joined, ErrUnknownStudent))
	fmt.Println("unwrap once:", errors.Unwrap(fmt.Errorf("x: %w", ErrFutureDay)) == ErrFutureDay)
}
