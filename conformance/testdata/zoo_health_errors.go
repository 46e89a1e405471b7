package main

import (
	"errors"
	"fmt"
)

var (
	ErrNotFound   = errors.New("animal not found")
	ErrQuarantine = errors.New("animal in quarantine")
)

type VitalsError struct {
	Animal string
	Metric string
	Value  float64
	Limit  float64
}

func (e *VitalsError) Error() string {
	return fmt.Sprintf("%s: %s %.1f exceeds limit %.1f", e.Animal, e.Metric, e.Value, e.Limit)
}

type Record struct {
	Name        string
	TempC       float64
	HeartRate   int
	Quarantined bool
}

var records = map[string]Record{
	"koko":    {"koko", 37.1, 80, false},
	"rajah":   {"rajah", 39.9, 70, false},
	"nemo":    {"nemo", 24.0, 40, true},
	"bubbles": {"bubbles", 36.5, 160, false},
}

func lookup(name string) (Record, error) {
	r, ok := records[name]
	if !ok {
		return Record{}, fmt.Errorf("lookup %q: %w", name, ErrNotFound)
	}
	return r, nil
}

func checkup(name string) error {
	r, err := lookup(name)
	if err != nil {
		return fmt.Errorf("checkup failed: %w", err)
	}
	if r.Quarantined {
		return fmt.Errorf("checkup of %s: %w", name, ErrQuarantine)
	}
	if r.TempC > 39.5 {
		return fmt.Errorf("checkup of %s: %w", name, &VitalsError{name, "temperature", r.TempC, 39.5})
	}
	if r.HeartRate > 150 {
		return &VitalsError{name, "heart rate", float64(r.HeartRate), 150}
	}
	return nil
}

func main() {
	for _, name := range []string{"koko", "rajah", "nemo", "bubbles", "ghost"} {
		err := checkup(name)
		fmt.Printf("%-8s -> ", name)
		var ve *VitalsError
		switch {
		case err == nil:
			fmt.Println("healthy")
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing record:", err)
		case errors.Is(err, ErrQuarantine):
			fmt.Println("skip, quarantined")
		case errors.As(err, &ve):
			fmt.Printf("alert on %s (%s)\n", ve.Metric, err)
		default:
			fmt.Println("unexpected:", err)
		}
	}

	joined := errors.Join(checkup("nemo"), checkup("ghost"))
	fmt.Println("joined errors:")
	fmt.Println(joined)
	fmt.Println("contains quarantine:", errors.Is(joined, ErrQuarantine))
	fmt.Println("unwrap of plain error:", errors.Unwrap(ErrNotFound))
}
