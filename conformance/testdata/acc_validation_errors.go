package main

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

var (
	ErrRequired = errors.New("is required")
	ErrFormat   = errors.New("has invalid format")
	ErrRange    = errors.New("is out of range")
	ErrChecksum = errors.New("fails checksum")
)

type FieldError struct {
	Field string
	Value any
	Err   error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("%s %v (got %#v)", e.Field, e.Err, e.Value)
}
func (e *FieldError) Unwrap() error { return e.Err }

type Vendor struct {
	Name        string
	TaxID       string // 9 digits, Luhn check digit
	Email       string
	PaymentDays int
	CreditLimit int64
	Currency    string
}

var emailRe = regexp.MustCompile(`^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$`)

func luhnValid(s string) bool {
	sum, double := 0, false
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

func (v Vendor) Validate() error {
	var errs []error
	add := func(field string, val any, err error) { errs = append(errs, &FieldError{field, val, err}) }
	if strings.TrimSpace(v.Name) == "" {
		add("name", v.Name, ErrRequired)
	}
	switch {
	case v.TaxID == "":
		add("tax_id", v.TaxID, ErrRequired)
	case len(v.TaxID) != 9 || strings.IndexFunc(v.TaxID, func(r rune) bool { return !unicode.IsDigit(r) }) >= 0:
		add("tax_id", v.TaxID, ErrFormat)
	case !luhnValid(v.TaxID):
		add("tax_id", v.TaxID, ErrChecksum)
	}
	if v.Email != "" && !emailRe.MatchString(v.Email) {
		add("email", v.Email, ErrFormat)
	}
	if v.PaymentDays < 0 || v.PaymentDays > 120 {
		add("payment_days", v.PaymentDays, fmt.Errorf("%w [0,120]", ErrRange))
	}
	if v.CreditLimit < 0 {
		add("credit_limit", v.CreditLimit, ErrRange)
	}
	if len(v.Currency) != 3 || strings.ToUpper(v.Currency) != v.Currency {
		add("currency", v.Currency, ErrFormat)
	}
	return errors.Join(errs...)
}

func register(v Vendor) error {
	if err := v.Validate(); err != nil {
		return fmt.Errorf("register vendor %q: %w", v.Name, err)
	}
	return nil
}

func main() {
	vendors := []Vendor{
		{"Paper Supply Co", "123456782", "ap@papersupply.com", 30, 500000, "USD"},
		{"", "", "billing@", 45, 0, "usd"},
		{"Steel Works", "12345678X", "", 150, -1, "EUR"},
		{"Cloud Hosting", "123456789", "Invoices@Cloud.io", 15, 100000, "USD"},
		{"Freight Partners", "79927398", "ops@freight.example", 60, 250000, "CAD"},
	}
	counts := map[error]int{}
	sentinels := []error{ErrRequired, ErrFormat, ErrRange, ErrChecksum}
	for _, v := range vendors {
		err := register(v)
		if err == nil {
			fmt.Printf("OK    %q\n", v.Name)
			continue
		}
		fmt.Printf("FAIL  %q\n", v.Name)
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("      |", line)
		}
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Printf("      first field error: field=%s type=%T\n", fe.Field, fe.Value)
		}
		if joined, ok := errors.Unwrap(err).(interface{ Unwrap() []error }); ok {
			for _, e := range joined.Unwrap() {
				for _, s := range sentinels {
					if errors.Is(e, s) {
						counts[s]++
					}
				}
			}
		}
	}
	fmt.Println("\nerror kinds:")
	for _, s := range sentinels {
		fmt.Printf("  %-18s %d\n", s, counts[s])
	}
}
