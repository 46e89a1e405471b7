package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type field struct {
	name     string
	min, max int
}

var fields = []field{
	{"minute", 0, 59}, {"hour", 0, 23}, {"day", 1, 31}, {"month", 1, 12}, {"weekday", 0, 6},
}

var aliases = map[string]string{
	"@hourly":  "0 * * * *",
	"@daily":   "0 0 * * *",
	"@weekly":  "0 0 * * 0",
	"@monthly": "0 0 1 * *",
}

type FieldError struct {
	Field string
	Value string
	Err   error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("field %s %q: %v", e.Field, e.Value, e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

var ErrRange = errors.New("value out of range")

func parseField(s string, f field) ([]int, error) {
	set := map[int]bool{}
	for _, part := range strings.Split(s, ",") {
		rng, stepStr, hasStep := strings.Cut(part, "/")
		step := 1
		if hasStep {
			n, err := strconv.Atoi(stepStr)
			if err != nil || n <= 0 {
				return nil, &FieldError{f.name, part, errors.New("bad step")}
			}
			step = n
		}
		lo, hi := f.min, f.max
		if rng != "*" {
			a, b, isRange := strings.Cut(rng, "-")
			var err error
			if lo, err = strconv.Atoi(a); err != nil {
				return nil, &FieldError{f.name, part, err}
			}
			hi = lo
			if isRange {
				if hi, err = strconv.Atoi(b); err != nil {
					return nil, &FieldError{f.name, part, err}
				}
			} else if hasStep {
				hi = f.max
			}
		}
		if lo < f.min || hi > f.max || lo > hi {
			return nil, &FieldError{f.name, part, ErrRange}
		}
		for v := lo; v <= hi; v += step {
			set[v] = true
		}
	}
	var out []int
	for v := f.min; v <= f.max; v++ {
		if set[v] {
			out = append(out, v)
		}
	}
	return out, nil
}

func parse(expr string) ([][]int, error) {
	if full, ok := aliases[expr]; ok {
		expr = full
	}
	parts := strings.Fields(expr)
	if len(parts) != len(fields) {
		return nil, fmt.Errorf("expected %d fields, got %d", len(fields), len(parts))
	}
	sched := make([][]int, len(fields))
	for i, p := range parts {
		vals, err := parseField(p, fields[i])
		if err != nil {
			return nil, fmt.Errorf("parse %q: %w", expr, err)
		}
		sched[i] = vals
	}
	return sched, nil
}

func summarize(vals []int, f field) string {
	if len(vals) == f.max-f.min+1 {
		return "every"
	}
	return strings.Trim(fmt.Sprint(vals), "[]")
}

func main() {
	exprs := []string{"*/15 9-17 * * 1-5", "@daily", "0,30 */6 1,15 * *", "5 4 * * 7", "61 * * * *", "*/0 * * * *", "x * * * *", "* * *"}
	for _, e := range exprs {
		fmt.Printf("%s\n", e)
		sched, err := parse(e)
		if err != nil {
			var fe *FieldError
			if errors.As(err, &fe) {
				fmt.Printf("  invalid %s (range error: %v): %v\n", fe.Field, errors.Is(err, ErrRange), err)
			} else {
				fmt.Printf("  invalid: %v\n", err)
			}
			continue
		}
		for i, f := range fields {
			fmt.Printf("  %-8s %s\n", f.name, summarize(sched[i], f))
		}
	}
}
