package main

import (
	"errors"
	"fmt"
)

type Cage struct {
	ID       string
	Occupant string
	Locked   bool
}

type EscapeError struct {
	Cage string
}

func (e EscapeError) Error() string { return "escape from cage " + e.Cage }

func openCage(c *Cage) {
	fmt.Println("  opening", c.ID)
	defer fmt.Println("  deferred: logbook entry for", c.ID)
	if c.Locked {
		panic(fmt.Sprintf("cage %s is padlocked", c.ID))
	}
	if c.Occupant == "tiger" {
		panic(EscapeError{c.ID})
	}
	fmt.Println("  cage", c.ID, "opened safely")
}

func safeOpen(c *Cage) (err error) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			return
		case error:
			err = fmt.Errorf("recovered error: %w", v)
		case string:
			err = errors.New("recovered message: " + v)
		default:
			err = fmt.Errorf("recovered unknown %v", v)
		}
	}()
	openCage(c)
	return nil
}

func countDown(n int) {
	for i := range n {
		defer fmt.Printf("  release bird %d\n", i)
	}
	fmt.Println("  all birds queued")
}

func riskyIndex(names []string, i int) (name string) {
	defer func() {
		if r := recover(); r != nil {
			name = "<none>"
		}
	}()
	return names[i]
}

func main() {
	cages := []*Cage{
		{"C1", "parrot", false},
		{"C2", "bear", true},
		{"C3", "tiger", false},
	}
	for _, c := range cages {
		fmt.Println("Trying", c.ID)
		if err := safeOpen(c); err != nil {
			fmt.Println("  error:", err)
			var esc EscapeError
			if errors.As(err, &esc) {
				fmt.Println("  ALERT! lock down around", esc.Cage)
			}
		}
	}

	fmt.Println("Deferred order:")
	countDown(3)

	names := []string{"Rio", "Kiwi"}
	fmt.Println("index 1:", riskyIndex(names, 1))
	fmt.Println("index 5:", riskyIndex(names, 5))
	fmt.Println("done")
}
