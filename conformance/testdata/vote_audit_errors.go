package main

import (
	"errors"
	"fmt"
)

var (
	ErrMissingSignature = errors.New("missing signature")
	ErrSealBroken       = errors.New("tamper seal broken")
)

// DiscrepancyError reports a mismatch between machine and hand counts.
type DiscrepancyError struct {
	Precinct string
	Machine  int
	Hand     int
}

func (e *DiscrepancyError) Error() string {
	return fmt.Sprintf("precinct %s: machine %d vs hand %d (diff %+d)",
		e.Precinct, e.Machine, e.Hand, e.Hand-e.Machine)
}

type Batch struct {
	Precinct   string
	Machine    int
	Hand       int
	Signed     bool
	SealIntact bool
}

func checkSeal(b Batch) error {
	if !b.SealIntact {
		return fmt.Errorf("seal check %s: %w", b.Precinct, ErrSealBroken)
	}
	return nil
}

func auditBatch(b Batch) error {
	if !b.Signed {
		return fmt.Errorf("audit %s: %w", b.Precinct, ErrMissingSignature)
	}
	if err := checkSeal(b); err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	if b.Machine != b.Hand {
		return fmt.Errorf("audit: %w", &DiscrepancyError{b.Precinct, b.Machine, b.Hand})
	}
	return nil
}

func main() {
	batches := []Batch{
		{"A1", 512, 512, true, true},
		{"A2", 430, 428, true, true},
		{"B1", 300, 300, false, true},
		{"B2", 615, 615, true, false},
		{"C1", 220, 223, true, true},
		{"C2", 199, 199, true, true},
	}

	var all []error
	totalDiff := 0
	for _, b := range batches {
		err := auditBatch(b)
		if err == nil {
			fmt.Printf("%s: ok\n", b.Precinct)
			continue
		}
		all = append(all, err)
		fmt.Printf("%s: %v\n", b.Precinct, err)

		var de *DiscrepancyError
		switch {
		case errors.As(err, &de):
			totalDiff += de.Hand - de.Machine
			fmt.Printf("    -> recount needed, off by %d\n", max(de.Hand-de.Machine, de.Machine-de.Hand))
		case errors.Is(err, ErrSealBroken):
			fmt.Println("    -> escalate to election board")
		case errors.Is(err, ErrMissingSignature):
			fmt.Println("    -> return to precinct for signature")
		}
	}

	joined := errors.Join(all...)
	fmt.Println("--- summary ---")
	fmt.Println(joined)
	fmt.Println("any seal problems:", errors.Is(joined, ErrSealBroken))
	fmt.Printf("net hand-count difference: %+d\n", totalDiff)
	fmt.Printf("unwrapped once: %q\n", errors.Unwrap(all[0]))
}
