package main

import (
	"errors"
	"fmt"
)

var (
	ErrNoBeds      = errors.New("no beds available")
	ErrUnknownWard = errors.New("unknown ward")
)

type InsuranceError struct {
	PatientID int
	Reason    string
}

func (e *InsuranceError) Error() string {
	return fmt.Sprintf("insurance check failed for patient %d: %s", e.PatientID, e.Reason)
}

type Hospital struct {
	free map[string]int
}

func (h *Hospital) checkInsurance(id int) error {
	if id%7 == 0 {
		return &InsuranceError{PatientID: id, Reason: "policy expired"}
	}
	return nil
}

func (h *Hospital) Admit(id int, ward string) error {
	n, ok := h.free[ward]
	if !ok {
		return fmt.Errorf("admit %d to %q: %w", id, ward, ErrUnknownWard)
	}
	if err := h.checkInsurance(id); err != nil {
		return fmt.Errorf("admit %d: %w", id, err)
	}
	if n == 0 {
		return fmt.Errorf("admit %d to %s: %w", id, ward, ErrNoBeds)
	}
	h.free[ward] = n - 1
	return nil
}

func main() {
	h := &Hospital{free: map[string]int{"maternity": 1, "oncology": 2}}
	requests := []struct {
		id   int
		ward string
	}{
		{101, "maternity"},
		{102, "maternity"},
		{14, "oncology"},
		{103, "pediatrics"},
		{104, "oncology"},
	}

	for _, r := range requests {
		err := h.Admit(r.id, r.ward)
		var insErr *InsuranceError
		switch {
		case err == nil:
			fmt.Printf("patient %d admitted to %s\n", r.id, r.ward)
		case errors.Is(err, ErrNoBeds):
			fmt.Println("WAITLIST:", err)
		case errors.Is(err, ErrUnknownWard):
			fmt.Println("REJECT:", err)
		case errors.As(err, &insErr):
			fmt.Println("BILLING:", err)
			fmt.Printf("  -> contact billing about patient %d (%s)\n", insErr.PatientID, insErr.Reason)
		default:
			fmt.Println("unexpected:", err)
		}
	}

	joined := errors.Join(ErrNoBeds, &InsuranceError{PatientID: 9, Reason: "missing card"})
	fmt.Println("joined error:")
	fmt.Println(joined)
	fmt.Println("is ErrNoBeds:", errors.Is(joined, ErrNoBeds))
	fmt.Println("is ErrUnknownWard:", errors.Is(joined, ErrUnknownWard))
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", ErrNoBeds))
	fmt.Println(wrapped, "| unwrap once:", errors.Unwrap(wrapped))
	fmt.Printf("remaining beds: maternity=%d oncology=%d\n", h.free["maternity"], h.free["oncology"])
}
