package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type InputError struct {
	Line  int
	Value string
}

func (e *InputError) Error() string {
	return "line " + strconv.Itoa(e.Line) + ": bad value " + strconv.Quote(e.Value)
}

var ErrDivideByZero = errors.New("division by zero")

var okCount, failCount int

func main() {
	q, r, err := divide(17, 5)
	if err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("17 / 5 =", q, "remainder", r)

	q, r, err = divide(3, 0)
	if err != nil {
		fmt.Println("error:", err, "q,r:", q, r)
	}
	fmt.Println("is divide by zero?", errors.Is(err, ErrDivideByZero))

	data := "10\n20\nthirty\n40\n\n-5"
	lines := strings.Split(data, "\n")
	values := []int{}
	errs := []error{}
	for i, l := range lines {
		v, err := parseLine(i+1, l)
		if err != nil {
			failCount++
			errs = append(errs, err)
			continue
		}
		okCount++
		values = append(values, v)
	}
	fmt.Println("values:", values)
	fmt.Println("ok:", okCount, "failed:", failCount)
	for _, e := range errs {
		fmt.Println("  problem:", e)
		var ie *InputError
		if errors.As(e, &ie) {
			fmt.Printf("    -> line=%d value=%q\n", ie.Line, ie.Value)
		}
	}

	joined := errors.Join(errs...)
	fmt.Println("joined error has", len(strings.Split(joined.Error(), "\n")), "lines")

	avg, err := mean(values)
	fmt.Printf("mean: %.2f err: %v\n", avg, err)
	avg, err = mean(nil)
	fmt.Printf("mean of nil: %.2f err: %v\n", avg, err)

	name, age, ok := lookup("bob")
	fmt.Println("lookup bob:", name, age, ok)
	name, age, ok = lookup("zed")
	fmt.Printf("lookup zed: %q %d %t\n", name, age, ok)

	_, _, err = divide(1, 0)
	wrapped := fmt.Errorf("computing ratio: %w", err)
	fmt.Println(wrapped)
	fmt.Println("still matches:", errors.Is(wrapped, ErrDivideByZero))
}

func divide(a, b int) (int, int, error) {
	if b == 0 {
		return 0, 0, ErrDivideByZero
	}
	return a / b, a % b, nil
}

func parseLine(line int, s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 0, &InputError{Line: line, Value: s}
	}
	return n, nil
}

func mean(xs []int) (float64, error) {
	if len(xs) == 0 {
		return 0, errors.New("mean of empty slice")
	}
	total := 0
	for _, x := range xs {
		total += x
	}
	return float64(total) / float64(len(xs)), nil
}

func lookup(name string) (string, int, bool) {
	ages := map[string]int{"alice": 30, "bob": 25}
	age, ok := ages[name]
	if !ok {
		return "", 0, false
	}
	return strings.ToUpper(name), age, true
}
