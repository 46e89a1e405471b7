package main

import (
	"errors"
	"fmt"
	"strings"
)

type Journal struct {
	lines []string
	depth int
}

func (j *Journal) Logf(format string, args ...any) {
	j.lines = append(j.lines, strings.Repeat("  ", j.depth)+fmt.Sprintf(format, args...))
}

// enter logs the start of a step and returns a function that logs its end.
func (j *Journal) enter(step string) func() {
	j.Logf("begin %s", step)
	j.depth++
	return func() {
		j.depth--
		j.Logf("end %s", step)
	}
}

var errDoorFault = errors.New("door fault")

// calls simulates a station call; named results let the deferred
// function adjust the outcome after a failure.
func calls(j *Journal, station string, boarding int, faulty bool) (boarded int, err error) {
	defer j.enter("call at " + station)()
	defer func() {
		if err != nil {
			j.Logf("recovering from %v, boarding through other doors", err)
			boarded = boarding / 2
			err = fmt.Errorf("%s: %w", station, err)
		}
	}()
	j.Logf("doors open")
	if faulty {
		return 0, errDoorFault
	}
	j.Logf("%d passengers board", boarding)
	return boarding, nil
}

func journey(j *Journal, stops map[string]int, order []string) (total int, errs []error) {
	defer j.enter("journey")()
	for i, s := range order {
		n, err := calls(j, s, stops[s], i == 2)
		total += n
		if err != nil {
			errs = append(errs, err)
		}
	}
	return
}

func main() {
	j := &Journal{}
	stops := map[string]int{"Carlisle": 40, "Oxenholme": 12, "Lancaster": 30, "Preston": 55}
	order := []string{"Carlisle", "Oxenholme", "Lancaster", "Preston"}

	total, errs := journey(j, stops, order)
	for _, l := range j.lines {
		fmt.Println(l)
	}
	fmt.Println("total boarded:", total)
	for _, e := range errs {
		fmt.Println("incident:", e, "| door fault?", errors.Is(e, errDoorFault))
	}

	x := 1
	defer fmt.Println("deferred sees x evaluated at defer time:", x)
	x = 99
	func() {
		defer func() { fmt.Println("closure sees current x:", x) }()
		x++
	}()
}
