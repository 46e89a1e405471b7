package main

import (
	"errors"
	"fmt"
	"strings"
)

// Money has a value-receiver String; Invoice has a pointer-receiver String.
// fmt only uses String when the method is in the method set of the operand.

type Money int64 // cents

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Line struct {
	Item  string
	Price Money
	Qty   int
}

type Invoice struct {
	ID    int
	Lines []Line
	Note  *string
}

func (inv *Invoice) Total() Money {
	var t Money
	for _, l := range inv.Lines {
		t += l.Price * Money(l.Qty)
	}
	return t
}

func (inv *Invoice) String() string {
	if inv == nil {
		return "Invoice(nil)"
	}
	return fmt.Sprintf("Invoice#%d[%d lines, %v]", inv.ID, len(inv.Lines), inv.Total())
}

type Status int

const (
	Draft Status = iota
	Sent
	Paid
)

func (s *Status) String() string { return [...]string{"draft", "sent", "paid"}[*s] }

type ValidationError struct{ Field string }

func (e *ValidationError) Error() string { return "invalid " + e.Field }

func check(inv *Invoice) error {
	var ve *ValidationError
	if len(inv.Lines) == 0 {
		ve = &ValidationError{Field: "lines"}
	}
	if ve != nil {
		return ve
	}
	return nil
}

func main() {
	note := "net 30"
	inv := Invoice{ID: 7, Lines: []Line{{"widget", 250, 4}, {"gizmo", 1999, 1}}, Note: &note}

	fmt.Println("pointer:", &inv)
	fmt.Printf("value %%v: %v\n", inv.Lines) // Money fields inside use String
	fmt.Printf("value +v: %+v\n", inv.Lines[0])
	fmt.Printf("money: %v %s %d\n", Money(12345), Money(5), Money(5))

	// inv itself (non-pointer) does not have String in its method set.
	s := fmt.Sprint(inv)
	fmt.Println("value uses String:", strings.HasPrefix(s, "Invoice#"))
	invs := []*Invoice{&inv, nil}
	fmt.Println("slice of pointers:", invs)

	// A Stringer stored in an interface: only *Invoice qualifies.
	var st fmt.Stringer = &inv
	_, okVal := any(inv).(fmt.Stringer)
	fmt.Println("as Stringer:", st, "value is Stringer:", okVal)

	// Pointer-receiver String on a named int.
	status := Sent
	fmt.Println("status value:", status, "status pointer:", &status)
	statuses := map[string]*Status{"a": &status}
	status = Paid
	fmt.Println("through map of pointers:", statuses["a"])

	// %d on Money bypasses String; %v, %q and %x are applied to the String result.
	fmt.Printf("formats: %v | %d | %x | %q\n", Money(100), Money(100), Money(255), Money(100))

	// Typed nil pointer in an error interface is non-nil.
	err := check(&inv)
	fmt.Println("valid invoice err == nil:", err == nil)
	err = check(&Invoice{ID: 8})
	var ve *ValidationError
	fmt.Println("empty invoice:", err, "is ValidationError:", errors.As(err, &ve), "field:", ve.Field)

	var nilInv *Invoice
	fmt.Println("nil pointer with String:", nilInv)
	fmt.Printf("note via pointer: %s, total doubled: %v\n", *inv.Note, inv.Total()*2)
}
