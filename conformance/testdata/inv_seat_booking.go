package main

import (
	"errors"
	"fmt"
	"strings"
)

type Seat struct {
	Row byte
	Num int
}

func (s Seat) String() string { return fmt.Sprintf("%c%d", s.Row, s.Num) }

func ParseSeat(code string) (Seat, error) {
	var s Seat
	if _, err := fmt.Sscanf(code, "%c%d", &s.Row, &s.Num); err != nil {
		return Seat{}, fmt.Errorf("parse seat %q: %w", code, err)
	}
	return s, nil
}

type SeatTakenError struct {
	Seat  Seat
	Owner string
}

func (e SeatTakenError) Error() string {
	return fmt.Sprintf("seat %v already held by %s", e.Seat, e.Owner)
}

var ErrNoSuchSeat = errors.New("no such seat")

type Hall struct {
	Rows  int
	Cols  int
	taken map[Seat]string
}

func (h *Hall) valid(s Seat) bool {
	return s.Row >= 'A' && s.Row < byte('A'+h.Rows) && s.Num >= 1 && s.Num <= h.Cols
}

// Book is all-or-nothing: either every seat is booked or none.
func (h *Hall) Book(who string, codes ...string) error {
	seats := make([]Seat, 0, len(codes))
	for _, c := range codes {
		s, err := ParseSeat(c)
		if err != nil {
			return err
		}
		if !h.valid(s) {
			return fmt.Errorf("%w: %v", ErrNoSuchSeat, s)
		}
		if owner, ok := h.taken[s]; ok {
			return SeatTakenError{s, owner}
		}
		seats = append(seats, s)
	}
	for _, s := range seats {
		h.taken[s] = who
	}
	return nil
}

func (h *Hall) Render() string {
	var b strings.Builder
	b.WriteString("   ")
	for c := range h.Cols {
		fmt.Fprintf(&b, "%d", (c+1)%10)
	}
	b.WriteString("\n")
	for r := range h.Rows {
		row := byte('A' + r)
		fmt.Fprintf(&b, "%c  ", row)
		for c := 1; c <= h.Cols; c++ {
			if who, ok := h.taken[Seat{row, c}]; ok {
				b.WriteByte(who[0])
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func main() {
	h := &Hall{Rows: 5, Cols: 12, taken: map[Seat]string{}}
	requests := []struct {
		who   string
		seats []string
	}{
		{"kim", []string{"C5", "C6", "C7"}},
		{"lee", []string{"C7", "C8"}},
		{"lee", []string{"D7", "D8"}},
		{"max", []string{"F1"}},
		{"max", []string{"A12", "A13"}},
		{"nia", []string{"7B"}},
		{"oto", []string{"E1", "E2", "E3", "E4"}},
	}
	for _, r := range requests {
		err := h.Book(r.who, r.seats...)
		var taken SeatTakenError
		switch {
		case err == nil:
			fmt.Printf("%-3s booked %v\n", r.who, r.seats)
		case errors.As(err, &taken):
			fmt.Printf("%-3s refused: %v (seat row %q)\n", r.who, err, taken.Seat.Row)
		case errors.Is(err, ErrNoSuchSeat):
			fmt.Printf("%-3s refused: %v\n", r.who, err)
		default:
			fmt.Printf("%-3s bad input: %v\n", r.who, err)
		}
	}
	fmt.Print(h.Render())
	fmt.Printf("%d of %d seats sold (%.1f%%)\n", len(h.taken), h.Rows*h.Cols, 100*float64(len(h.taken))/float64(h.Rows*h.Cols))
	fmt.Println(h.taken)
}
