package main

import (
	"errors"
	"fmt"
)

var (
	ErrSensorOffline = errors.New("sensor offline")
	ErrOutOfRange    = errors.New("value out of range")
)

// ThresholdError reports a reading that crossed an alert threshold.
type ThresholdError struct {
	Metric string
	Value  float64
	Limit  float64
}

func (e *ThresholdError) Error() string {
	return fmt.Sprintf("%s %.1f exceeds limit %.1f", e.Metric, e.Value, e.Limit)
}

type Reading struct {
	Station string
	Online  bool
	TempC   float64
	WindKmh float64
}

func check(r Reading) error {
	if !r.Online {
		return fmt.Errorf("station %s: %w", r.Station, ErrSensorOffline)
	}
	if r.TempC < -90 || r.TempC > 60 {
		return fmt.Errorf("station %s temp %.1f: %w", r.Station, r.TempC, ErrOutOfRange)
	}
	var errs []error
	if r.TempC > 35 {
		errs = append(errs, &ThresholdError{"temperature", r.TempC, 35})
	}
	if r.WindKmh > 90 {
		errs = append(errs, &ThresholdError{"wind", r.WindKmh, 90})
	}
	if len(errs) > 0 {
		return fmt.Errorf("station %s alert: %w", r.Station, errors.Join(errs...))
	}
	return nil
}

func main() {
	readings := []Reading{
		{"ALPHA", true, 22.5, 14},
		{"BRAVO", false, 0, 0},
		{"CHARLIE", true, 38.2, 20},
		{"DELTA", true, 71.0, 5},
		{"ECHO", true, 36.0, 110},
		{"FOXTROT", true, -3.0, 95},
	}
	counts := map[string]int{}
	for _, r := range readings {
		err := check(r)
		switch {
		case err == nil:
			fmt.Printf("%-8s ok\n", r.Station)
			counts["ok"]++
		case errors.Is(err, ErrSensorOffline):
			fmt.Printf("%-8s OFFLINE: %v\n", r.Station, err)
			counts["offline"]++
		case errors.Is(err, ErrOutOfRange):
			fmt.Printf("%-8s BAD DATA: %v\n", r.Station, err)
			counts["bad"]++
		default:
			var te *ThresholdError
			if errors.As(err, &te) {
				fmt.Printf("%-8s ALERT (first metric %q): %v\n", r.Station, te.Metric, err)
			}
			counts["alert"]++
		}
	}
	fmt.Printf("ok=%d offline=%d bad=%d alert=%d\n",
		counts["ok"], counts["offline"], counts["bad"], counts["alert"])

	wrapped := fmt.Errorf("poll cycle 7: %w", check(readings[1]))
	fmt.Println(wrapped)
	fmt.Println("unwrapped once:", errors.Unwrap(wrapped))
	fmt.Println("is offline:", errors.Is(wrapped, ErrSensorOffline))
}
