package main

import (
	"fmt"
	"time"
)

type Interval struct {
	Label string
	Work  time.Duration
	Rest  time.Duration
}

type Plan []Interval

func (p Plan) Total() (work, rest time.Duration) {
	for _, iv := range p {
		work += iv.Work
		rest += iv.Rest
	}
	return
}

func clock(d time.Duration) string {
	d = d.Round(time.Second)
	m := int(d / time.Minute)
	s := int((d % time.Minute) / time.Second)
	return fmt.Sprintf("%02d:%02d", m, s)
}

func main() {
	tabata := Plan{}
	for i := range 4 {
		tabata = append(tabata, Interval{
			Label: fmt.Sprintf("round %d", i+1),
			Work:  20 * time.Second,
			Rest:  10 * time.Second,
		})
	}
	tabata = append(tabata, Interval{"finisher", 45 * time.Second, 2*time.Minute + 30*time.Second})

	var elapsed time.Duration
	for _, iv := range tabata {
		elapsed += iv.Work
		fmt.Printf("%-9s work %-4v rest %-5v at %s\n", iv.Label, iv.Work, iv.Rest, clock(elapsed))
		elapsed += iv.Rest
	}
	work, rest := tabata.Total()
	fmt.Println("total work:", work, "total rest:", rest, "session:", work+rest)
	fmt.Printf("work ratio: %.1f%%\n", 100*work.Seconds()/(work+rest).Seconds())

	run := 42*time.Minute + 17*time.Second + 350*time.Millisecond
	fmt.Println("5k run time:", run)
	fmt.Println("rounded to second:", run.Round(time.Second))
	fmt.Println("truncated to minute:", run.Truncate(time.Minute))
	pace := run / 5
	fmt.Println("pace per km:", pace.Round(time.Second), "=", clock(pace))
	fmt.Printf("minutes as float: %.3f\n", run.Minutes())
	fmt.Printf("raw nanoseconds: %d\n", run.Nanoseconds())

	for _, s := range []string{"1h15m", "90s", "2m30.5s", "45 minutes"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("parse error:", err)
			continue
		}
		fmt.Printf("%-8q -> %v (%.0f s)\n", s, d, d.Seconds())
	}

	weekly := map[string]time.Duration{"Mon": 55 * time.Minute, "Wed": 70 * time.Minute, "Sat": 95 * time.Minute}
	var sum time.Duration
	for _, day := range []string{"Mon", "Wed", "Sat"} {
		sum += weekly[day]
	}
	fmt.Println("weekly training:", sum, "avg:", sum/time.Duration(len(weekly)))
	fmt.Println("goal reached:", sum >= 3*time.Hour+30*time.Minute)
	fmt.Println("tiny rest:", 1500*time.Microsecond, 750*time.Nanosecond)

	start := time.Date(2024, 3, 4, 6, 30, 0, 0, time.UTC)
	end := start.Add(run)
	fmt.Println("class start:", start.Format("Mon 15:04"), "end:", end.Format("15:04:05"))
	fmt.Println("between:", end.Sub(start))
}
