package main

import (
	"fmt"
	"strings"
)

// A theatre seat map stored in fixed-size arrays of structs. Arrays are
// values: ranging, assigning and passing them all copy.

type Seat struct {
	Row    byte
	Num    int
	Booked bool
	Holder string
}

type Row [6]Seat

type Hall struct {
	Name string
	Rows [3]Row
}

func newHall(name string) Hall {
	h := Hall{Name: name}
	for r := range h.Rows {
		for s := range h.Rows[r] {
			h.Rows[r][s] = Seat{Row: byte('A' + r), Num: s + 1}
		}
	}
	return h
}

func (h Hall) Render() string {
	var b strings.Builder
	for _, row := range h.Rows {
		b.WriteByte(row[0].Row)
		b.WriteByte(' ')
		for _, s := range row {
			if s.Booked {
				b.WriteByte('X')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// bookBroken ranges by value: it modifies copies and has no effect.
func (h *Hall) bookBroken(row int, who string) int {
	n := 0
	for _, s := range h.Rows[row] {
		if !s.Booked {
			s.Booked, s.Holder = true, who
			n++
		}
	}
	return n
}

// book uses indices so it modifies the array in place.
func (h *Hall) book(row int, seats []int, who string) {
	for _, num := range seats {
		seat := &h.Rows[row][num-1]
		seat.Booked, seat.Holder = true, who
	}
}

// preview takes a Hall by value; changes stay local.
func preview(h Hall, row int) string {
	h.book(row, []int{1, 2, 3, 4, 5, 6}, "preview")
	return h.Render()
}

func main() {
	h := newHall("Studio")
	fmt.Println("broken booking touched", h.bookBroken(0, "ann"), "seats")
	h.book(0, []int{2, 3}, "ann")
	h.book(2, []int{6}, "bob")
	fmt.Print(h.Render())

	fmt.Println("-- preview of full row B (copy)")
	fmt.Print(preview(h, 1))
	fmt.Println("-- original after preview")
	fmt.Print(h.Render())

	// The range expression is evaluated once: ranging over an array copies it,
	// so writes during the loop are not observed. Ranging over &array does not copy.
	row := h.Rows[1]
	seen := 0
	for i, s := range row {
		if i+1 < len(row) {
			row[i+1].Booked = true
		}
		if s.Booked {
			seen++
		}
	}
	seenPtr := 0
	row2 := h.Rows[1]
	for i, s := range &row2 {
		if i+1 < len(row2) {
			row2[i+1].Booked = true
		}
		if s.Booked {
			seenPtr++
		}
	}
	fmt.Println("booked seen by value range:", seen, "by pointer range:", seenPtr)

	// Arrays are comparable and assignable; copies are independent.
	snapshot := h.Rows
	h.book(1, []int{4}, "cid")
	fmt.Println("rows equal after change:", snapshot == h.Rows, "row A equal:", snapshot[0] == h.Rows[0])

	// Slices of arrays alias the array.
	front := h.Rows[0][:3]
	front[0].Holder = "dee"
	front[0].Booked = true
	var holders []string
	for _, s := range h.Rows[0] {
		if s.Booked {
			holders = append(holders, fmt.Sprintf("%c%d:%s", s.Row, s.Num, s.Holder))
		}
	}
	fmt.Println("row A holders:", strings.Join(holders, " "))
	fmt.Printf("seat B4: %+v\n", h.Rows[1][3])
}
