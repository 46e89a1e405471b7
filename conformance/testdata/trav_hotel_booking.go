package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrNoVacancy   = errors.New("no vacancy")
	ErrInvalidDate = errors.New("invalid dates")
)

type BookingError struct {
	Guest string
	Hotel string
	Err   error
}

func (e *BookingError) Error() string {
	return fmt.Sprintf("booking for %s at %s failed: %v", e.Guest, e.Hotel, e.Err)
}

func (e *BookingError) Unwrap() error { return e.Err }

type Hotel struct {
	Name  string
	Rooms int
	Rate  float64
	taken map[int]int // night -> rooms booked
}

type Reservation struct {
	Guest    string
	CheckIn  int
	CheckOut int
	Total    float64
}

func NewHotel(name string, rooms int, rate float64) *Hotel {
	return &Hotel{Name: name, Rooms: rooms, Rate: rate, taken: map[int]int{}}
}

func (h *Hotel) Book(guest string, in, out int) (Reservation, error) {
	if out <= in {
		return Reservation{}, &BookingError{guest, h.Name,
			fmt.Errorf("%w: check-out %d not after check-in %d", ErrInvalidDate, out, in)}
	}
	for n := in; n < out; n++ {
		if h.taken[n] >= h.Rooms {
			return Reservation{}, &BookingError{guest, h.Name,
				fmt.Errorf("night %d: %w", n, ErrNoVacancy)}
		}
	}
	for n := in; n < out; n++ {
		h.taken[n]++
	}
	nights := out - in
	return Reservation{guest, in, out, float64(nights) * h.Rate}, nil
}

func main() {
	h := NewHotel("Harbour View", 2, 89.5)
	requests := []struct {
		guest   string
		in, out int
	}{
		{"Aiko", 1, 4},
		{"Bruno", 2, 4},
		{"Chen", 3, 6},
		{"Dalia", 5, 5},
		{"Emil", 4, 8},
		{"Fatima", 1, 2},
	}

	var confirmed []Reservation
	var failures []error
	for _, r := range requests {
		res, err := h.Book(r.guest, r.in, r.out)
		if err != nil {
			failures = append(failures, err)
			continue
		}
		confirmed = append(confirmed, res)
	}

	fmt.Println("Confirmed:")
	for _, r := range confirmed {
		fmt.Printf("  %+v\n", r)
	}
	fmt.Println("Failed:")
	for _, err := range failures {
		var be *BookingError
		if errors.As(err, &be) {
			kind := "other"
			if errors.Is(err, ErrNoVacancy) {
				kind = "full"
			} else if errors.Is(err, ErrInvalidDate) {
				kind = "dates"
			}
			fmt.Printf("  [%s] %s: %v\n", kind, be.Guest, err)
		}
	}

	joined := errors.Join(failures...)
	fmt.Println("joined has", strings.Count(joined.Error(), "\n")+1, "lines")
	fmt.Println("joined is ErrNoVacancy:", errors.Is(joined, ErrNoVacancy))
}
