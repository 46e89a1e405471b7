package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

var ErrEmpty = errors.New("empty input")

// ParseAll converts every string using parse, stopping at the first error.
func ParseAll[T any](in []string, parse func(string) (T, error)) ([]T, error) {
	if len(in) == 0 {
		return nil, ErrEmpty
	}
	out := make([]T, 0, len(in))
	for i, s := range in {
		v, err := parse(strings.TrimSpace(s))
		if err != nil {
			return out, fmt.Errorf("item %d (%q): %w", i, s, err)
		}
		out = append(out, v)
	}
	return out, nil
}

// ParseCSV splits a line and parses it.
func ParseCSV[T any](line string, parse func(string) (T, error)) ([]T, error) {
	if line == "" {
		return ParseAll[T](nil, parse)
	}
	return ParseAll(strings.Split(line, ","), parse)
}

func parseInt(s string) (int, error) { return strconv.Atoi(s) }

func parseFloat(s string) (float64, error) { return strconv.ParseFloat(s, 64) }

func parseBool(s string) (bool, error) { return strconv.ParseBool(s) }

func report[T any](label string, vals []T, err error) {
	if err != nil {
		fmt.Printf("%-8s error: %v\n", label, err)
		var numErr *strconv.NumError
		if errors.As(err, &numErr) {
			fmt.Printf("%-8s   func=%s num=%q inner=%v\n", label, numErr.Func, numErr.Num, numErr.Err)
			fmt.Printf("%-8s   is ErrSyntax: %v, is ErrRange: %v\n", label,
				errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
		}
		if errors.Is(err, ErrEmpty) {
			fmt.Printf("%-8s   (empty input detected)\n", label)
		}
		fmt.Printf("%-8s   partial: %v\n", label, vals)
		return
	}
	fmt.Printf("%-8s ok: %v (%T)\n", label, vals, vals)
}

func main() {
	ints, err := ParseCSV("1, 2, 3, 42", parseInt)
	report("ints", ints, err)

	bad, err := ParseCSV("7,8,nine,10", parseInt)
	report("bad", bad, err)

	huge, err := ParseAll([]string{"1", "99999999999999999999"}, parseInt)
	report("huge", huge, err)

	floats, err := ParseCSV("3.14,2.5,-0.125", parseFloat)
	report("floats", floats, err)
	for _, f := range floats {
		fmt.Printf("  %5.2f\n", f)
	}

	bools, err := ParseAll([]string{"true", "F", "1"}, parseBool)
	report("bools", bools, err)

	empty, err := ParseCSV("", parseInt)
	report("empty", empty, err)

	durs, err := ParseAll([]string{"1s", "250ms", "1h30m"}, time.ParseDuration)
	report("durs", durs, err)

	// type inference from a func literal argument
	upper, err := ParseAll([]string{"a", "bc", ""}, func(s string) (string, error) {
		if s == "" {
			return "", errors.New("blank string")
		}
		return strings.ToUpper(s), nil
	})
	report("upper", upper, err)
}
