package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type Range struct {
	Start, End time.Time // End is exclusive (checkout day)
}

func (r Range) Overlaps(o Range) bool {
	return r.Start.Before(o.End) && o.Start.Before(r.End)
}

func (r Range) Nights() int {
	return int(r.End.Sub(r.Start).Hours() / 24)
}

func (r Range) String() string {
	return r.Start.Format("2006-01-02") + ".." + r.End.Format("2006-01-02")
}

type Booking struct {
	Guest string
	Room  int
	Range
}

type ConflictError struct {
	Room     int
	Existing string
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("room %d already booked by %s", e.Room, e.Existing)
}

type Hotel struct {
	rates    map[int]float64
	bookings []Booking
}

func day(m time.Month, d int) time.Time {
	return time.Date(2024, m, d, 0, 0, 0, 0, time.UTC)
}

func (h *Hotel) Book(guest string, room int, from, to time.Time) error {
	if !to.After(from) {
		return errors.New("checkout must be after checkin")
	}
	if _, ok := h.rates[room]; !ok {
		return fmt.Errorf("room %d does not exist", room)
	}
	r := Range{from, to}
	for _, b := range h.bookings {
		if b.Room == room && b.Overlaps(r) {
			return &ConflictError{Room: room, Existing: b.Guest}
		}
	}
	h.bookings = append(h.bookings, Booking{guest, room, r})
	return nil
}

func main() {
	h := &Hotel{rates: map[int]float64{101: 89.5, 102: 120, 201: 210.25}}
	tries := []struct {
		guest    string
		room     int
		from, to time.Time
	}{
		{"Lee", 101, day(time.March, 1), day(time.March, 4)},
		{"Kim", 101, day(time.March, 3), day(time.March, 5)},
		{"Kim", 101, day(time.March, 4), day(time.March, 6)},
		{"Ora", 102, day(time.February, 27), day(time.March, 2)},
		{"Pat", 201, day(time.March, 10), day(time.March, 10)},
		{"Pat", 301, day(time.March, 10), day(time.March, 12)},
		{"Pat", 201, day(time.March, 9), day(time.March, 12)},
	}
	for _, t := range tries {
		err := h.Book(t.guest, t.room, t.from, t.to)
		var ce *ConflictError
		switch {
		case err == nil:
			fmt.Printf("booked %-3s room %d\n", t.guest, t.room)
		case errors.As(err, &ce):
			fmt.Printf("conflict for %s: %v (room=%d)\n", t.guest, err, ce.Room)
		default:
			fmt.Printf("error for %s: %v\n", t.guest, err)
		}
	}
	sort.Slice(h.bookings, func(i, j int) bool {
		return h.bookings[i].Start.Before(h.bookings[j].Start)
	})
	var total float64
	for _, b := range h.bookings {
		cost := float64(b.Nights()) * h.rates[b.Room]
		total += cost
		fmt.Printf("%-3s %d %s %d nights %8.2f %s\n", b.Guest, b.Room, b.Range, b.Nights(), cost, b.Start.Weekday())
	}
	fmt.Printf("revenue: %.2f\n", total)
	leap := Range{day(time.February, 28), day(time.March, 1)}
	fmt.Println("leap year nights:", leap, leap.Nights())
}
