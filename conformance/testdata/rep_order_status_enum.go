package main

import (
	"errors"
	"fmt"
	"strings"
)

type Status uint8

const (
	Draft Status = iota
	Submitted
	Approved
	Shipped
	Delivered
	Cancelled
	numStatuses
)

var statusText = [numStatuses]string{
	Draft:     "draft",
	Submitted: "submitted",
	Approved:  "approved",
	Shipped:   "shipped",
	Delivered: "delivered",
	Cancelled: "cancelled",
}

func (s Status) String() string {
	if s < numStatuses {
		return statusText[s]
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

func ParseStatus(s string) (Status, error) {
	for i, t := range statusText {
		if t == strings.ToLower(strings.TrimSpace(s)) {
			return Status(i), nil
		}
	}
	return 0, fmt.Errorf("parse status %q: %w", s, ErrUnknownStatus)
}

var (
	ErrUnknownStatus     = errors.New("unknown status")
	ErrInvalidTransition = errors.New("invalid transition")
)

var allowed = map[Status][]Status{
	Draft:     {Submitted, Cancelled},
	Submitted: {Approved, Cancelled},
	Approved:  {Shipped, Cancelled},
	Shipped:   {Delivered},
}

func (s Status) CanMoveTo(next Status) bool {
	for _, n := range allowed[s] {
		if n == next {
			return true
		}
	}
	return false
}

func (s Status) Terminal() bool { return len(allowed[s]) == 0 }

type PurchaseOrder struct {
	Number  string
	Status  Status
	History []Status
}

func (po *PurchaseOrder) Move(to Status) error {
	if !po.Status.CanMoveTo(to) {
		return fmt.Errorf("%s: %v -> %v: %w", po.Number, po.Status, to, ErrInvalidTransition)
	}
	po.History = append(po.History, po.Status)
	po.Status = to
	return nil
}

func main() {
	fmt.Println("Transition table:")
	for s := Draft; s < numStatuses; s++ {
		targets := make([]string, 0)
		for _, t := range allowed[s] {
			targets = append(targets, t.String())
		}
		if s.Terminal() {
			targets = append(targets, "(terminal)")
		}
		fmt.Printf("  %-10v -> %s\n", s, strings.Join(targets, ", "))
	}

	po := &PurchaseOrder{Number: "PO-7781"}
	steps := []string{"submitted", "Approved", " shipped", "approved", "returned", "delivered", "cancelled"}
	for _, step := range steps {
		to, err := ParseStatus(step)
		if err == nil {
			err = po.Move(to)
		}
		switch {
		case err == nil:
			fmt.Printf("ok    %-10q now %v\n", step, po.Status)
		case errors.Is(err, ErrUnknownStatus):
			fmt.Printf("skip  %-10q %v\n", step, err)
		case errors.Is(err, ErrInvalidTransition):
			fmt.Printf("deny  %-10q %v\n", step, err)
		}
	}
	fmt.Print("history: ")
	for _, h := range po.History {
		fmt.Print(h, " > ")
	}
	fmt.Println(po.Status)
	fmt.Printf("%v %d %s\n", Status(42), Shipped, Status(3))
}
