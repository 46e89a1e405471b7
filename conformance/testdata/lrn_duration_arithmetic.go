package main

import (
	"fmt"
	"time"
)

type Lap struct {
	Runner string
	Time   time.Duration
}

var totalTime time.Duration

func main() {
	d := 90 * time.Second
	fmt.Println("90 seconds is", d)
	fmt.Println("in minutes:", d.Minutes())
	fmt.Println("in milliseconds:", d.Milliseconds())

	lecture := 1*time.Hour + 15*time.Minute
	fmt.Println("lecture length:", lecture)
	breakTime := 10 * time.Minute
	day := 3*lecture + 2*breakTime
	fmt.Println("school day:", day)
	fmt.Printf("as hours: %.3f\n", day.Hours())

	laps := []Lap{
		{"ana", 62*time.Second + 500*time.Millisecond},
		{"ben", 58 * time.Second},
		{"cid", 71*time.Second + 250*time.Millisecond},
		{"dot", 59*time.Second + 900*time.Millisecond},
	}
	fmt.Println("laps:", laps)

	fastest := laps[0]
	for _, l := range laps {
		addTime(l.Time)
		if l.Time < fastest.Time {
			fastest = l
		}
	}
	fmt.Println("total:", totalTime)
	avg := totalTime / time.Duration(len(laps))
	fmt.Println("average:", avg)
	fmt.Printf("fastest: %+v\n", fastest)
	fmt.Println("rounded average:", avg.Round(time.Second))
	fmt.Println("truncated average:", avg.Truncate(time.Second))

	for _, l := range laps {
		diff := l.Time - fastest.Time
		fmt.Printf("%s is %v behind\n", l.Runner, diff)
	}

	parsed, err := time.ParseDuration("2h45m30s")
	if err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("parsed:", parsed, "seconds:", int(parsed.Seconds()))
	_, err = time.ParseDuration("ten minutes")
	fmt.Println("bad parse error:", err)

	timeout := 250 * time.Millisecond
	retries := 0
	waited := time.Duration(0)
	for waited < 2*time.Second {
		waited += timeout
		timeout *= 2
		retries++
	}
	fmt.Println("retries:", retries, "waited:", waited, "next timeout:", timeout)
	fmt.Printf("%T %d\n", waited, int64(time.Microsecond))
}

func addTime(t time.Duration) {
	totalTime += t
}
