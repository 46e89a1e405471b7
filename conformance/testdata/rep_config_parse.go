package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

const rawConfig = `
# billing service settings
company_name   = Northwind Traders
currency       = EUR
vat_rate       = 0.19
invoice_prefix = NW-
payment_terms  = 30
reminder_after = 72h
max_line_items = 250
send_emails    = true
round_mode     = bankers
late_fee_pct   = 1,5
retry_backoff  = 5 minutes
`

type Config struct {
	CompanyName   string
	Currency      string
	VATRate       float64
	InvoicePrefix string
	PaymentTerms  int
	ReminderAfter time.Duration
	MaxLineItems  int
	SendEmails    bool
	LateFeePct    float64
	RetryBackoff  time.Duration
}

type ConfigError struct {
	Line int
	Key  string
	Err  error
}

func (e *ConfigError) Error() string {
	return fmt.Sprintf("config line %d (%s): %v", e.Line, e.Key, e.Err)
}

func (e *ConfigError) Unwrap() error { return e.Err }

var ErrUnknownKey = errors.New("unknown key")

func parse(src string) (Config, []error) {
	var cfg Config
	var errs []error
	setters := map[string]func(string) error{
		"company_name":   func(v string) error { cfg.CompanyName = v; return nil },
		"currency":       func(v string) error { cfg.Currency = v; return nil },
		"invoice_prefix": func(v string) error { cfg.InvoicePrefix = v; return nil },
		"vat_rate":       floatSetter(&cfg.VATRate),
		"late_fee_pct":   floatSetter(&cfg.LateFeePct),
		"payment_terms":  intSetter(&cfg.PaymentTerms),
		"max_line_items": intSetter(&cfg.MaxLineItems),
		"reminder_after": durationSetter(&cfg.ReminderAfter),
		"retry_backoff":  durationSetter(&cfg.RetryBackoff),
		"send_emails": func(v string) (err error) {
			cfg.SendEmails, err = strconv.ParseBool(v)
			return err
		},
	}
	sc := bufio.NewScanner(strings.NewReader(src))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, _ := strings.Cut(line, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		set, ok := setters[k]
		if !ok {
			errs = append(errs, &ConfigError{n, k, ErrUnknownKey})
			continue
		}
		if err := set(v); err != nil {
			errs = append(errs, &ConfigError{n, k, err})
		}
	}
	return cfg, errs
}

func floatSetter(dst *float64) func(string) error {
	return func(v string) (err error) { *dst, err = strconv.ParseFloat(v, 64); return }
}

func intSetter(dst *int) func(string) error {
	return func(v string) (err error) { *dst, err = strconv.Atoi(v); return }
}

func durationSetter(dst *time.Duration) func(string) error {
	return func(v string) (err error) { *dst, err = time.ParseDuration(v); return }
}

func main() {
	cfg, errs := parse(rawConfig)
	fmt.Printf("company:   %s (%s)\n", cfg.CompanyName, cfg.Currency)
	fmt.Printf("vat:       %.1f%%\n", cfg.VATRate*100)
	fmt.Printf("prefix:    %s%06d\n", cfg.InvoicePrefix, 42)
	fmt.Printf("terms:     %d days, reminder after %v (%.0f days)\n", cfg.PaymentTerms, cfg.ReminderAfter, cfg.ReminderAfter.Hours()/24)
	fmt.Printf("limits:    %d lines, emails=%t\n", cfg.MaxLineItems, cfg.SendEmails)

	if len(errs) == 0 {
		fmt.Println("configuration OK")
		return
	}
	fatal := false
	for _, err := range errs {
		var ne *strconv.NumError
		switch {
		case errors.Is(err, ErrUnknownKey):
			fmt.Println("warning:", err)
		case errors.As(err, &ne):
			fmt.Fprintf(os.Stderr, "error: %v [func=%s]\n", err, ne.Func)
			fatal = true
		default:
			fmt.Fprintln(os.Stderr, "error:", err)
			fatal = true
		}
	}
	if fatal {
		fmt.Fprintln(os.Stderr, "billing: invalid configuration, exiting")
		os.Exit(1)
	}
}
