package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type FieldError struct {
	Field  string
	Reason string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Reason }

var ErrValidation = errors.New("validation failed")

type Product struct {
	SKU      string
	Name     string
	Price    float64
	Weight   float64
	Category string
}

var categories = map[string]bool{"tools": true, "garden": true, "paint": true}

func validSKU(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts) != 2 || len(parts[0]) != 3 || len(parts[1]) != 4 {
		return false
	}
	for _, r := range parts[0] {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	for _, r := range parts[1] {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func (p Product) Validate() error {
	var errs []error
	check := func(ok bool, field, reason string) {
		if !ok {
			errs = append(errs, &FieldError{field, reason})
		}
	}
	check(validSKU(p.SKU), "SKU", fmt.Sprintf("%q does not match AAA-9999", p.SKU))
	check(strings.TrimSpace(p.Name) != "", "Name", "must not be blank")
	check(p.Price > 0, "Price", fmt.Sprintf("must be positive, got %.2f", p.Price))
	check(p.Weight >= 0 && p.Weight < 500, "Weight", fmt.Sprintf("%.1f kg out of range", p.Weight))
	check(categories[p.Category], "Category", fmt.Sprintf("unknown category %q", p.Category))
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("%w for %s: %w", ErrValidation, p.SKU, errors.Join(errs...))
}

func main() {
	products := []Product{
		{"HAM-0001", "Claw hammer", 14.99, 0.6, "tools"},
		{"ham-01", "", -3, 0.6, "tools"},
		{"SPD-2210", "Garden spade", 22.5, 1.8, "garden"},
		{"PNT-0042", "  ", 9.95, 4.0, "decor"},
		{"MIX-9999", "Cement mixer", 349, 612, "tools"},
	}
	valid := 0
	for _, p := range products {
		err := p.Validate()
		if err == nil {
			valid++
			fmt.Printf("OK   %-9s %-14q %6.2f\n", p.SKU, p.Name, p.Price)
			continue
		}
		fmt.Printf("BAD  %-9s is validation error: %t\n", p.SKU, errors.Is(err, ErrValidation))
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Printf("     first field error: %#v\n", *fe)
		}
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("     |", line)
		}
	}
	fmt.Printf("%d of %d products valid (%.0f%%)\n", valid, len(products), 100*float64(valid)/float64(len(products)))
}
