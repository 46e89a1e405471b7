package main

import (
	"errors"
	"fmt"
)

type SeatMap struct {
	rows  int
	cols  string
	taken map[string]string
}

func NewSeatMap(rows int, cols string) *SeatMap {
	return &SeatMap{rows: rows, cols: cols, taken: make(map[string]string)}
}

// mustSeat panics on malformed seat codes; callers recover.
func (s *SeatMap) mustSeat(code string) (int, byte) {
	var row int
	var col byte
	if _, err := fmt.Sscanf(code, "%d%c", &row, &col); err != nil {
		panic(fmt.Sprintf("malformed seat %q", code))
	}
	if row < 1 || row > s.rows {
		panic(fmt.Errorf("row %d out of range 1..%d", row, s.rows))
	}
	found := false
	for i := range len(s.cols) {
		if s.cols[i] == col {
			found = true
		}
	}
	if !found {
		panic(errors.New("no such column " + string(col)))
	}
	return row, col
}

func (s *SeatMap) Assign(passenger, code string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("assign %s: %w", passenger, v)
			default:
				err = fmt.Errorf("assign %s: %v", passenger, v)
			}
		}
	}()
	s.mustSeat(code)
	if who, ok := s.taken[code]; ok {
		return fmt.Errorf("seat %s already held by %s", code, who)
	}
	s.taken[code] = passenger
	return nil
}

func boardingOrder() {
	defer fmt.Println("  boarding complete")
	for _, group := range []string{"families", "business", "zone 1", "zone 2"} {
		defer fmt.Println("  (gate closed behind", group+")")
		fmt.Println("  now boarding:", group)
	}
}

func main() {
	sm := NewSeatMap(30, "ABCDEF")
	requests := [][2]string{
		{"Hana", "12A"},
		{"Omar", "12A"},
		{"Lena", "31C"},
		{"Ravi", "7G"},
		{"Zoe", "window"},
		{"Marta", "1F"},
	}
	for _, r := range requests {
		if err := sm.Assign(r[0], r[1]); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s -> %s\n", r[0], r[1])
	}
	fmt.Println("seats taken:", len(sm.taken))
	boardingOrder()
}
