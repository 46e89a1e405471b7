package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"
)

type Duration struct{ time.Duration }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration must be a string: %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

type Config struct {
	Name     string         `json:"name"`
	Port     int            `json:"port"`
	Timeout  Duration       `json:"timeout"`
	LogLevel string         `json:"log_level"`
	Replicas int            `json:"replicas"`
	Tags     []string       `json:"tags"`
	Limits   map[string]int `json:"limits"`
}

var defaults = Config{Port: 8080, Timeout: Duration{30 * time.Second}, LogLevel: "info", Replicas: 1}

type FieldError struct {
	Field, Problem string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Problem }

var ErrInvalid = errors.New("invalid config")

func (c *Config) Validate() error {
	var errs []error
	check := func(ok bool, field, format string, args ...any) {
		if !ok {
			errs = append(errs, FieldError{field, fmt.Sprintf(format, args...)})
		}
	}
	check(c.Name != "", "name", "is required")
	check(c.Port > 0 && c.Port < 65536, "port", "%d out of range", c.Port)
	check(c.Timeout.Duration >= time.Second, "timeout", "%v is shorter than 1s", c.Timeout.Duration)
	levels := []string{"debug", "info", "warn", "error"}
	check(slices.Contains(levels, c.LogLevel), "log_level", "%q not one of %q", c.LogLevel, levels)
	check(c.Replicas >= 1 && c.Replicas <= 10, "replicas", "%d not in 1..10", c.Replicas)
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("%w: %w", ErrInvalid, errors.Join(errs...))
}

func Load(src string) (*Config, error) {
	cfg := defaults // value copy, then overwritten by JSON fields present
	dec := json.NewDecoder(bytes.NewReader([]byte(src)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	return &cfg, cfg.Validate()
}

var sources = []string{
	`{"name": "api", "port": 9000, "tags": ["edge", "v2"], "limits": {"rps": 100, "burst": 20}}`,
	`{"name": "worker", "timeout": "2m30s", "log_level": "debug", "replicas": 4}`,
	`{"name": "", "port": 70000, "timeout": "10ms", "log_level": "loud", "replicas": 0}`,
	`{"name": "db", "port": "5432"}`,
	`{"name": "cache", "ttl": 60}`,
	`{"name": "broken", "port": 80,}`,
	`{"name": "slow", "timeout": "forever"}`,
}

func main() {
	failed := 0
	for i, src := range sources {
		cfg, err := Load(src)
		var fe FieldError
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case err == nil:
			fmt.Printf("#%d ok: %+v\n", i, *cfg)
			continue
		case errors.Is(err, ErrInvalid) && errors.As(err, &fe):
			fmt.Printf("#%d invalid (first field %q):\n", i, fe.Field)
			for _, line := range strings.Split(err.Error(), "\n") {
				fmt.Printf("     - %s\n", line)
			}
		case errors.As(err, &se):
			fmt.Printf("#%d syntax error at offset %d: %v\n", i, se.Offset, se)
		case errors.As(err, &te):
			fmt.Printf("#%d type error: field %s wants %v\n", i, te.Field, te.Type)
		default:
			fmt.Printf("#%d error: %v\n", i, err)
		}
		failed++
	}
	fmt.Printf("zero FieldError: %#v\n", FieldError{})
	fmt.Printf("%d of %d configs failed\n", failed, len(sources))
	if failed > 0 {
		os.Exit(1)
	}
}
