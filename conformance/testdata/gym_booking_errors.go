package main

import (
	"errors"
	"fmt"
)

var (
	ErrClassFull     = errors.New("class is full")
	ErrAlreadyBooked = errors.New("already booked")
	ErrUnknownClass  = errors.New("unknown class")
)

type MembershipError struct {
	Member string
	Reason string
}

func (e *MembershipError) Error() string {
	return fmt.Sprintf("membership problem for %s: %s", e.Member, e.Reason)
}

type Class struct {
	Name     string
	Capacity int
	Booked   []string
}

type Gym struct {
	classes map[string]*Class
	active  map[string]bool
}

func (g *Gym) Book(member, class string) error {
	if !g.active[member] {
		return &MembershipError{Member: member, Reason: "membership expired"}
	}
	c, ok := g.classes[class]
	if !ok {
		return fmt.Errorf("book %q: %w", class, ErrUnknownClass)
	}
	for _, b := range c.Booked {
		if b == member {
			return fmt.Errorf("book %s into %s: %w", member, class, ErrAlreadyBooked)
		}
	}
	if len(c.Booked) >= c.Capacity {
		return fmt.Errorf("book %s into %s (%d/%d): %w", member, class, len(c.Booked), c.Capacity, ErrClassFull)
	}
	c.Booked = append(c.Booked, member)
	return nil
}

func main() {
	g := &Gym{
		classes: map[string]*Class{
			"spin": {Name: "spin", Capacity: 2},
			"yoga": {Name: "yoga", Capacity: 3},
		},
		active: map[string]bool{"ana": true, "ben": true, "cy": true, "dee": false},
	}

	requests := [][2]string{
		{"ana", "spin"}, {"ben", "spin"}, {"cy", "spin"},
		{"ana", "spin"}, {"dee", "yoga"}, {"cy", "boxing"}, {"cy", "yoga"},
	}

	var waitlist []string
	for _, r := range requests {
		err := g.Book(r[0], r[1])
		var me *MembershipError
		switch {
		case err == nil:
			fmt.Printf("ok: %s -> %s\n", r[0], r[1])
		case errors.Is(err, ErrClassFull):
			waitlist = append(waitlist, r[0])
			fmt.Println("waitlisted:", err)
		case errors.Is(err, ErrAlreadyBooked):
			fmt.Println("ignored:", err)
		case errors.As(err, &me):
			fmt.Printf("rejected %s (reason=%q)\n", me.Member, me.Reason)
		default:
			fmt.Println("error:", err)
		}
	}

	fmt.Println("waitlist:", waitlist)
	fmt.Println("spin roster:", g.classes["spin"].Booked)
	fmt.Println("yoga roster:", g.classes["yoga"].Booked)

	joined := errors.Join(ErrClassFull, &MembershipError{"eve", "unpaid"})
	fmt.Println("joined is full?", errors.Is(joined, ErrClassFull))
	fmt.Println("unwrap of wrapped:", errors.Unwrap(fmt.Errorf("ctx: %w", ErrUnknownClass)) == ErrUnknownClass)
}
