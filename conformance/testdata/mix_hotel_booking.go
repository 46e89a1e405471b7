package main

import (
	"errors"
	"fmt"
	"slices"
)

type Interval struct{ Start, End int } // nights [Start, End)

func (a Interval) Overlaps(b Interval) bool { return a.Start < b.End && b.Start < a.End }

func (a Interval) String() string { return fmt.Sprintf("[%d,%d)", a.Start, a.End) }

type Booking struct {
	Guest string
	Interval
}

type Room struct {
	Number   int
	Beds     int
	Bookings []Booking
}

type ConflictError struct {
	Room     int
	Existing Booking
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("room %d taken by %s for %v", e.Room, e.Existing.Guest, e.Existing.Interval)
}

var ErrNoRoom = errors.New("no room available")

func (r *Room) Book(b Booking) error {
	for _, ex := range r.Bookings {
		if ex.Overlaps(b.Interval) {
			return &ConflictError{r.Number, ex}
		}
	}
	i, _ := slices.BinarySearchFunc(r.Bookings, b.Start, func(x Booking, s int) int { return x.Start - s })
	r.Bookings = slices.Insert(r.Bookings, i, b)
	return nil
}

type Hotel []*Room

func (h Hotel) Reserve(guest string, beds int, iv Interval) (int, error) {
	var errs []error
	for _, r := range h {
		if r.Beds < beds {
			continue
		}
		err := r.Book(Booking{guest, iv})
		if err == nil {
			return r.Number, nil
		}
		errs = append(errs, err)
	}
	return 0, fmt.Errorf("%s %v: %w", guest, iv, errors.Join(append(errs, ErrNoRoom)...))
}

func main() {
	h := Hotel{{Number: 101, Beds: 1}, {Number: 102, Beds: 2}, {Number: 201, Beds: 2}}
	reqs := []struct {
		guest string
		beds  int
		iv    Interval
	}{
		{"ada", 1, Interval{1, 4}}, {"bo", 2, Interval{2, 5}}, {"cy", 1, Interval{3, 6}},
		{"di", 2, Interval{4, 7}}, {"ed", 2, Interval{3, 5}}, {"fay", 1, Interval{0, 1}}, {"gus", 1, Interval{6, 8}},
	}
	for _, q := range reqs {
		n, err := h.Reserve(q.guest, q.beds, q.iv)
		if err != nil {
			var ce *ConflictError
			errors.As(err, &ce)
			fmt.Printf("%-4s FAILED noRoom=%t firstConflict=%d\n%v\n", q.guest, errors.Is(err, ErrNoRoom), ce.Room, err)
			continue
		}
		fmt.Printf("%-4s -> room %d %v\n", q.guest, n, q.iv)
	}
	for _, r := range h {
		fmt.Printf("room %d: %+v\n", r.Number, r.Bookings)
	}
}
