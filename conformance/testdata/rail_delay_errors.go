package main

import (
	"errors"
	"fmt"
	"time"
)

var (
	ErrSignalFailure = errors.New("signal failure")
	ErrCancelled     = errors.New("service cancelled")
)

// DelayError records a late running train.
type DelayError struct {
	Train   string
	Station string
	Late    time.Duration
}

func (e *DelayError) Error() string {
	return fmt.Sprintf("%s late by %v at %s", e.Train, e.Late, e.Station)
}

type CauseError struct {
	Section string
	Err     error
}

func (e CauseError) Error() string { return "section " + e.Section + ": " + e.Err.Error() }
func (e CauseError) Unwrap() error { return e.Err }

func checkService(train string, step int) error {
	switch step {
	case 0:
		return nil
	case 1:
		return &DelayError{Train: train, Station: "Crewe", Late: 7 * time.Minute}
	case 2:
		inner := CauseError{Section: "Stafford-Norton Bridge", Err: ErrSignalFailure}
		return fmt.Errorf("%s held: %w", train, inner)
	case 3:
		d := &DelayError{Train: train, Station: "Preston", Late: 25 * time.Minute}
		return fmt.Errorf("reported by control: %w", d)
	default:
		return errors.Join(ErrCancelled, &DelayError{Train: train, Station: "Wigan", Late: time.Hour})
	}
}

func main() {
	trains := []string{"1S35", "1S37", "1S39", "1S41", "1S43"}
	var compensate time.Duration
	for i, t := range trains {
		err := checkService(t, i)
		if err == nil {
			fmt.Printf("%s: running to time\n", t)
			continue
		}
		fmt.Printf("%s: %v\n", t, err)

		var de *DelayError
		if errors.As(err, &de) {
			fmt.Printf("    delay found: %+v\n", *de)
			if de.Late >= 15*time.Minute {
				compensate += de.Late
			}
		}
		var ce CauseError
		if errors.As(err, &ce) {
			fmt.Printf("    cause in section %q\n", ce.Section)
		}
		switch {
		case errors.Is(err, ErrSignalFailure):
			fmt.Println("    -> infrastructure fault, notify signalling")
		case errors.Is(err, ErrCancelled):
			fmt.Println("    -> arrange replacement bus")
		}
	}
	fmt.Println("delay repay minutes:", compensate.Minutes())
	fmt.Println("unwrap chain of 1S37:", errors.Unwrap(checkService("1S37", 2)))
}
