package main

import (
	"fmt"
	"strings"
)

type Status int

const (
	Pending Status = iota
	Authorized
	Settled
	Refunded
	Declined
)

var statusNames = [...]string{"pending", "authorized", "settled", "refunded", "declined"}

func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

type Flag uint8

const (
	FlagInternational Flag = 1 << iota
	FlagOnline
	FlagRecurring
	FlagFlagged
)

func (f Flag) String() string {
	var parts []string
	names := []string{"intl", "online", "recurring", "flagged"}
	for i, n := range names {
		if f&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
)

var allowed = map[Status][]Status{
	Pending:    {Authorized, Declined},
	Authorized: {Settled, Declined},
	Settled:    {Refunded},
}

type Payment struct {
	ID     int
	Status Status
	Flags  Flag
}

func (p *Payment) Move(to Status) error {
	for _, s := range allowed[p.Status] {
		if s == to {
			p.Status = to
			return nil
		}
	}
	return fmt.Errorf("payment %d: cannot go from %v to %v", p.ID, p.Status, to)
}

func main() {
	fmt.Println("statuses:", Pending, Authorized, Settled, Refunded, Declined, Status(9))
	fmt.Printf("numeric: %d %d %d\n", Pending, Settled, Declined)

	p := &Payment{ID: 17, Flags: FlagOnline | FlagRecurring}
	steps := []Status{Authorized, Settled, Authorized, Refunded, Pending}
	for _, s := range steps {
		if err := p.Move(s); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("payment 17 is now", p.Status)
	}

	fmt.Printf("flags: %v (%04b)\n", p.Flags, uint8(p.Flags))
	p.Flags |= FlagFlagged
	p.Flags &^= FlagRecurring
	fmt.Printf("flags: %v (%04b)\n", p.Flags, uint8(p.Flags))
	fmt.Println("no flags:", Flag(0), "all flags:", Flag(15))

	counts := [5]int{}
	batch := []Status{Settled, Pending, Settled, Declined, Settled, Refunded, Authorized, Declined}
	for _, s := range batch {
		counts[s]++
	}
	for s, n := range counts {
		fmt.Printf("%-11v %d\n", Status(s), n)
	}
	fmt.Println("export limit:", 5*MB/KB, "KB")
}
