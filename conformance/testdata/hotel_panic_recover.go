package main

import (
	"errors"
	"fmt"
)

type Floor struct {
	Number int
	Rooms  []string // "" means free
}

var ErrFull = errors.New("floor is full")

// assign panics on programmer errors (bad index) and returns errors for expected conditions.
func assign(floors []Floor, floor int, guest string) (room int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("assign %s to floor %d: recovered: %v", guest, floor, r)
		}
	}()
	f := &floors[floor] // may panic with index out of range
	if guest == "" {
		panic("empty guest name")
	}
	for i, occupant := range f.Rooms {
		if occupant == "" {
			f.Rooms[i] = guest
			return f.Number*100 + i + 1, nil
		}
	}
	return 0, fmt.Errorf("floor %d: %w", f.Number, ErrFull)
}

func nightAudit(steps []string) (completed int) {
	defer fmt.Println("audit: closing books (deferred, runs last)")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("audit: recovered from:", r)
		}
	}()
	for i, s := range steps {
		defer fmt.Printf("audit: undo step %d (%s)\n", i, s)
		if s == "corrupt" {
			panic(fmt.Sprintf("corrupt ledger at step %d", i))
		}
		completed++
	}
	return completed
}

func main() {
	floors := []Floor{
		{Number: 1, Rooms: make([]string, 2)},
		{Number: 2, Rooms: make([]string, 1)},
	}

	attempts := []struct {
		floor int
		guest string
	}{
		{0, "Ahmed"}, {1, "Bianca"}, {1, "Chidi"}, {5, "Dana"}, {0, ""}, {0, "Elif"},
	}
	for _, a := range attempts {
		room, err := assign(floors, a.floor, a.guest)
		switch {
		case errors.Is(err, ErrFull):
			fmt.Println("full:", err)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Printf("%s -> room %d\n", a.guest, room)
		}
	}

	fmt.Println("steps completed:", nightAudit([]string{"post charges", "rate check", "corrupt", "backup"}))
}
