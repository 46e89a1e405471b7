package main

import (
	"errors"
	"fmt"
	"sort"
)

type Slot struct {
	Day   int
	Start int // minutes from midnight
	End   int
}

func (s Slot) String() string {
	return fmt.Sprintf("day%d %02d:%02d-%02d:%02d", s.Day, s.Start/60, s.Start%60, s.End/60, s.End%60)
}

func (s Slot) Overlaps(o Slot) bool {
	return s.Day == o.Day && s.Start < o.End && o.Start < s.End
}

type Reservation struct {
	ID    int
	Guest string
	Table int
	Slot  Slot
}

type ConflictError struct {
	New, Existing Reservation
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("table %d: %s conflicts with #%d (%s)", e.New.Table, e.New.Slot, e.Existing.ID, e.Existing.Guest)
}

var ErrInvalidSlot = errors.New("invalid slot")

type Book struct {
	nextID int
	byID   map[int]Reservation
}

func (b *Book) Reserve(guest string, table int, s Slot) (int, error) {
	if s.End <= s.Start {
		return 0, fmt.Errorf("reserve for %s: %w: %v", guest, ErrInvalidSlot, s)
	}
	r := Reservation{Guest: guest, Table: table, Slot: s}
	for _, id := range b.ids() {
		ex := b.byID[id]
		if ex.Table == table && ex.Slot.Overlaps(s) {
			return 0, &ConflictError{New: r, Existing: ex}
		}
	}
	b.nextID++
	r.ID = b.nextID
	if b.byID == nil {
		b.byID = make(map[int]Reservation)
	}
	b.byID[r.ID] = r
	return r.ID, nil
}

func (b *Book) Cancel(id int) bool {
	_, ok := b.byID[id]
	delete(b.byID, id)
	return ok
}

func (b *Book) ids() []int {
	ids := make([]int, 0, len(b.byID))
	for id := range b.byID {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	return ids
}

func main() {
	var book Book
	h := func(hh, mm int) int { return hh*60 + mm }
	requests := []struct {
		guest string
		table int
		slot  Slot
	}{
		{"Alvarez", 4, Slot{1, h(18, 0), h(19, 30)}},
		{"Baker", 4, Slot{1, h(19, 0), h(20, 0)}},
		{"Chen", 4, Slot{1, h(19, 30), h(21, 0)}},
		{"Dube", 2, Slot{1, h(19, 0), h(20, 0)}},
		{"Evans", 2, Slot{2, h(12, 0), h(11, 0)}},
		{"Fox", 4, Slot{2, h(18, 0), h(19, 0)}},
	}
	for _, rq := range requests {
		id, err := book.Reserve(rq.guest, rq.table, rq.slot)
		var ce *ConflictError
		switch {
		case errors.As(err, &ce):
			fmt.Println("CONFLICT:", ce)
		case errors.Is(err, ErrInvalidSlot):
			fmt.Println("INVALID: ", err)
		default:
			fmt.Printf("booked #%d for %-8s at table %d %v\n", id, rq.guest, rq.table, rq.slot)
		}
	}
	fmt.Println("cancel #1:", book.Cancel(1), "cancel #9:", book.Cancel(9))
	if id, err := book.Reserve("Baker", 4, Slot{1, h(18, 0), h(19, 0)}); err == nil {
		fmt.Println("Baker rebooked as #", id)
	}
	for _, id := range book.ids() {
		fmt.Printf("%+v\n", book.byID[id])
	}
}
