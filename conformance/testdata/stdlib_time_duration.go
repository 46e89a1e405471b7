package main

import (
	"fmt"
	"time"
)

func humanize(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign = "-"
		d = -d
	}
	d = d.Round(time.Second)
	h := d / time.Hour
	d -= h * time.Hour
	m := d / time.Minute
	d -= m * time.Minute
	s := d / time.Second
	return fmt.Sprintf("%s%02d:%02d:%02d", sign, h, m, s)
}

func main() {
	durations := []time.Duration{
		0,
		1500 * time.Millisecond,
		90 * time.Second,
		2*time.Hour + 45*time.Minute + 30*time.Second,
		250 * time.Microsecond,
		42 * time.Nanosecond,
		-3 * time.Minute,
		36 * time.Hour,
	}
	for _, d := range durations {
		fmt.Printf("%-12v %-10s seconds=%-8g minutes=%.3f\n", d, humanize(d), d.Seconds(), d.Minutes())
	}

	lap := 2*time.Minute + 3*time.Second + 456*time.Millisecond
	total := lap * 4
	fmt.Println("lap:", lap, "x4:", total, "avg:", total/4)
	fmt.Println("truncate:", lap.Truncate(time.Second), "round:", lap.Round(time.Second), lap.Round(time.Minute))
	fmt.Println("ms:", lap.Milliseconds(), "ns:", int64(lap), "abs:", (-lap).Abs())
	fmt.Printf("%d %v %s %.1f\n", time.Second, time.Second, time.Millisecond*5, time.Duration(2500*time.Millisecond).Seconds())

	for _, s := range []string{"1h30m", "2.5s", "300ms", "1h2m3s4ms", "-1.5h", "10 minutes", "5"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("parse error:", err)
			continue
		}
		fmt.Printf("%q -> %v (%d ns)\n", s, d, d.Nanoseconds())
	}

	timeout := 5 * time.Second
	elapsed := 4200 * time.Millisecond
	if remaining := timeout - elapsed; remaining > 0 {
		fmt.Println("remaining:", remaining)
	}
	fmt.Println("compare:", elapsed < timeout, time.Duration(1<<63-1))

	perItem := 125 * time.Millisecond
	items := 7
	fmt.Println("batch:", perItem*time.Duration(items))
	rate := float64(items) / (perItem * time.Duration(items)).Seconds()
	fmt.Printf("rate: %.2f items/s\n", rate)
}
