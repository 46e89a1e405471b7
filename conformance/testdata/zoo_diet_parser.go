package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

var ErrEmptyField = errors.New("empty field")

type Meal struct {
	Animal string
	Food   string
	Grams  int
	Hour   int
}

func parseMeal(s string) (Meal, error) {
	f := strings.Split(s, ",")
	if len(f) != 4 {
		return Meal{}, fmt.Errorf("want 4 fields, got %d", len(f))
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
		if f[i] == "" {
			return Meal{}, fmt.Errorf("field %d: %w", i+1, ErrEmptyField)
		}
	}
	grams, err := strconv.Atoi(f[2])
	if err != nil {
		return Meal{}, fmt.Errorf("grams: %w", err)
	}
	hour, err := strconv.Atoi(f[3])
	if err != nil {
		return Meal{}, fmt.Errorf("hour: %w", err)
	}
	if hour < 0 || hour > 23 {
		return Meal{}, fmt.Errorf("hour %d out of range", hour)
	}
	return Meal{f[0], f[1], grams, hour}, nil
}

const data = `meerkat, crickets, 120, 9
fennec fox, mice, 250, 18
sloth, leaves, , 11
toucan, papaya, 300, 25
porcupine, yams, lots, 16
armadillo, worms, 180
capybara, grass, 2500, 8`

func main() {
	var meals []Meal
	var errs []error
	for i, line := range strings.Split(data, "\n") {
		m, err := parseMeal(line)
		if err != nil {
			errs = append(errs, &LineError{i + 1, err})
			continue
		}
		meals = append(meals, m)
	}

	fmt.Printf("%d meals parsed, %d errors\n", len(meals), len(errs))
	for _, m := range meals {
		fmt.Printf("  %02d:00 %-11s %-9s %5dg\n", m.Hour, m.Animal, m.Food, m.Grams)
	}
	for _, err := range errs {
		var le *LineError
		var numErr *strconv.NumError
		switch {
		case errors.Is(err, ErrEmptyField):
			fmt.Println("  [empty]  ", err)
		case errors.As(err, &numErr):
			fmt.Printf("  [number]  %v (input %q)\n", err, numErr.Num)
		case errors.As(err, &le):
			fmt.Printf("  [other]   line %d -> %v\n", le.Line, le.Err)
		}
	}
	combined := errors.Join(errs...)
	fmt.Println("strconv.ErrSyntax somewhere:", errors.Is(combined, strconv.ErrSyntax))
}
