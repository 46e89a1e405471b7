package main

import (
	"errors"
	"fmt"
	"strings"
)

const (
	rows = 5
	cols = 8
)

type SeatMap struct {
	taken [rows][cols]bool
}

func seatName(r, c int) string {
	return fmt.Sprintf("%c%d", 'A'+r, c+1)
}

func (m *SeatMap) Book(r, c int) error {
	if r < 0 || r >= rows || c < 0 || c >= cols {
		return errors.New("seat out of range")
	}
	if m.taken[r][c] {
		return fmt.Errorf("seat %s already taken", seatName(r, c))
	}
	m.taken[r][c] = true
	return nil
}

// FindBlock returns the first run of n free seats in a row, front to back.
func (m *SeatMap) FindBlock(n int) (row, start int, ok bool) {
	for r := range rows {
		run := 0
		for c := range cols {
			if m.taken[r][c] {
				run = 0
				continue
			}
			run++
			if run == n {
				return r, c - n + 1, true
			}
		}
	}
	return 0, 0, false
}

func (m SeatMap) String() string {
	var b strings.Builder
	b.WriteString("   ")
	for c := range cols {
		fmt.Fprintf(&b, "%d", c+1)
	}
	b.WriteString("\n")
	for r := range rows {
		fmt.Fprintf(&b, "%c  ", 'A'+r)
		for c := range cols {
			if m.taken[r][c] {
				b.WriteByte('X')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func main() {
	var m SeatMap
	for _, s := range [][2]int{{0, 2}, {0, 5}, {1, 0}, {1, 1}, {1, 6}, {2, 3}} {
		if err := m.Book(s[0], s[1]); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println("error check:", m.Book(0, 2))
	fmt.Println("error check:", m.Book(7, 1))

	for _, group := range []int{2, 4, 6, 8} {
		r, c, ok := m.FindBlock(group)
		if !ok {
			fmt.Printf("group of %d: no block available\n", group)
			continue
		}
		var names []string
		for i := range group {
			m.taken[r][c+i] = true
			names = append(names, seatName(r, c+i))
		}
		fmt.Printf("group of %d: %s\n", group, strings.Join(names, " "))
	}
	fmt.Print(m)
}
