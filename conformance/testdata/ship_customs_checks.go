package main

import (
	"errors"
	"fmt"
	"strings"
)

type Declaration struct {
	Ref      string
	Origin   string
	HSCode   string
	ValueEUR float64
	WeightKg float64
	Items    []string
}

type MissingFieldError struct{ Field string }

func (e MissingFieldError) Error() string { return "missing field " + e.Field }

type EmbargoError struct {
	Country string
}

func (e *EmbargoError) Error() string { return "embargoed origin " + e.Country }

type DutyError struct {
	Value, Limit float64
}

func (e *DutyError) Error() string {
	return fmt.Sprintf("value %.2f exceeds duty-free limit %.2f", e.Value, e.Limit)
}

var embargoed = map[string]bool{"XX": true, "QZ": true}

func validate(d Declaration) error {
	var errs []error
	if d.HSCode == "" {
		errs = append(errs, MissingFieldError{"HSCode"})
	}
	if d.Origin == "" {
		errs = append(errs, MissingFieldError{"Origin"})
	} else if embargoed[d.Origin] {
		errs = append(errs, &EmbargoError{d.Origin})
	}
	if d.ValueEUR > 150 {
		errs = append(errs, &DutyError{d.ValueEUR, 150})
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("declaration %s: %w", d.Ref, errors.Join(errs...))
}

func classify(err error) string {
	var emb *EmbargoError
	var missing MissingFieldError
	var duty *DutyError
	switch {
	case err == nil:
		return "CLEARED"
	case errors.As(err, &emb):
		return "SEIZED (" + emb.Country + ")"
	case errors.As(err, &missing):
		return "RETURNED to sender, fix " + missing.Field
	case errors.As(err, &duty):
		return fmt.Sprintf("HELD, duty due on %.2f", duty.Value-duty.Limit)
	}
	return "UNKNOWN"
}

func main() {
	decls := []Declaration{
		{"D-01", "DE", "8471.30", 89.90, 1.2, []string{"laptop sleeve"}},
		{"D-02", "US", "", 45.00, 0.4, []string{"socks"}},
		{"D-03", "CN", "9503.00", 310.00, 5.5, []string{"drone", "batteries"}},
		{"D-04", "XX", "2204.21", 999.00, 9.0, []string{"wine"}},
		{"D-05", "", "", 12.00, 0.1, nil},
	}
	for _, d := range decls {
		err := validate(d)
		fmt.Printf("%s %-38s items=%q\n", d.Ref, classify(err), d.Items)
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				fmt.Println("    ", line)
			}
		}
	}
}
