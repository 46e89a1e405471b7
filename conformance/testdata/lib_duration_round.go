package main

import (
	"fmt"
	"time"
)

func main() {
	inputs := []string{"1h15m30.918273645s", "300ms", "-1.5h", "2h45m", "1us", "1µs", "90s", "0", "1.5", "3d", ""}
	for _, s := range inputs {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%-20q error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-20q %v (%d ns)\n", s, d, d.Nanoseconds())
	}

	d, _ := time.ParseDuration("1h15m30.918273645s")
	units := []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour}
	for _, u := range units {
		fmt.Printf("unit %-6v round=%-18v trunc=%v\n", u, d.Round(u), d.Truncate(u))
	}
	fmt.Println("round(0):", d.Round(0), "trunc(-1):", d.Truncate(-1))

	neg := -d
	fmt.Println("neg round:", neg.Round(time.Second), "neg trunc:", neg.Truncate(time.Second), "abs:", neg.Abs())
	fmt.Printf("hours=%.4f minutes=%.2f seconds=%.3f ms=%d us=%d\n", d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds())

	half := 1500 * time.Millisecond
	fmt.Println("half rounds away:", half.Round(time.Second), (-half).Round(time.Second))
	fmt.Println("sum:", 2*time.Hour+30*time.Minute+45*time.Second, time.Duration(1<<63-1))
	fmt.Println("string:", time.Duration(0), time.Duration(999), 1500*time.Microsecond)

	t := time.Date(2024, 3, 10, 13, 47, 31, 600_000_000, time.UTC)
	fmt.Println("time round:", t.Round(time.Minute).Format(time.TimeOnly), t.Truncate(time.Hour).Format(time.TimeOnly))
	fmt.Println("sub:", t.Sub(time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)))
}
