package main

import (
	"fmt"
	"time"
)

type Stop struct {
	Name   string
	Drive  time.Duration // time to reach this stop
	Unload time.Duration
}

type Shift struct {
	Driver string
	Start  time.Time
	Stops  []Stop
}

func (s Shift) TotalDrive() time.Duration {
	var d time.Duration
	for _, st := range s.Stops {
		d += st.Drive
	}
	return d
}

func (s Shift) TotalWork() time.Duration {
	d := s.TotalDrive()
	for _, st := range s.Stops {
		d += st.Unload
	}
	return d
}

const maxDrive = 4*time.Hour + 30*time.Minute

func main() {
	// A fixed date, never time.Now, so output is deterministic.
	start := time.Date(2024, time.March, 11, 6, 30, 0, 0, time.UTC)
	shift := Shift{
		Driver: "Ana",
		Start:  start,
		Stops: []Stop{
			{"Warehouse B", 25 * time.Minute, 10 * time.Minute},
			{"Bakery", 1*time.Hour + 5*time.Minute, 7*time.Minute + 30*time.Second},
			{"Hospital", 48 * time.Minute, 15 * time.Minute},
			{"Mall", 2*time.Hour + 20*time.Minute, 22 * time.Minute},
		},
	}

	clock := shift.Start
	fmt.Printf("%s starts at %s\n", shift.Driver, clock.Format("Mon 2006-01-02 15:04"))
	for i, st := range shift.Stops {
		clock = clock.Add(st.Drive)
		arrive := clock.Format(time.Kitchen)
		clock = clock.Add(st.Unload)
		fmt.Printf("%d. %-12s drive %-8v arrive %-7s unload %v\n", i+1, st.Name, st.Drive, arrive, st.Unload)
	}
	fmt.Println("finished at", clock.Format("15:04:05"))

	drive := shift.TotalDrive()
	work := shift.TotalWork()
	fmt.Println("total drive:", drive)
	fmt.Println("total work: ", work)
	fmt.Printf("work in hours: %.3f, minutes: %.0f\n", work.Hours(), work.Minutes())
	fmt.Println("elapsed via Sub:", clock.Sub(shift.Start))
	fmt.Println("rounded to 15m:", work.Round(15*time.Minute))
	fmt.Println("truncated to 1h:", work.Truncate(time.Hour))

	if drive > maxDrive {
		over := drive - maxDrive
		fmt.Printf("over driving limit %v by %v\n", maxDrive, over)
	}

	breakLen, err := time.ParseDuration("45m")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("parsed break:", breakLen, "=", int64(breakLen/time.Second), "seconds")
	_, err = time.ParseDuration("two hours")
	fmt.Println("parse error:", err)

	small := []time.Duration{1500 * time.Microsecond, 250 * time.Millisecond, 90 * time.Second, 0, -3 * time.Minute}
	for _, d := range small {
		fmt.Printf("%v ", d)
	}
	fmt.Println()

	next := start.AddDate(0, 0, 7)
	fmt.Println("next week same shift:", next.Format(time.DateOnly), next.Weekday())
	fmt.Println("day of year:", next.YearDay())
}
