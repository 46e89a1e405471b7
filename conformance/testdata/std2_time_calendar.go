package main

import (
	"fmt"
	"time"
)

func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func printMonth(year int, month time.Month) {
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	fmt.Printf("   %s %d\n", month, year)
	fmt.Println("Mo Tu We Th Fr Sa Su")
	offset := (int(first.Weekday()) + 6) % 7 // Monday-based
	line := ""
	for i := 0; i < offset; i++ {
		line += "   "
	}
	for d := 1; d <= daysIn(year, month); d++ {
		line += fmt.Sprintf("%2d ", d)
		if (offset+d)%7 == 0 {
			fmt.Println(line[:len(line)-1])
			line = ""
		}
	}
	if line != "" {
		fmt.Println(line[:len(line)-1])
	}
}

func main() {
	launch := time.Date(2024, time.February, 28, 22, 30, 15, 500_000_000, time.UTC)
	fmt.Println("launch:", launch)
	fmt.Println("RFC3339:", launch.Format(time.RFC3339), "| nano:", launch.Format(time.RFC3339Nano))
	fmt.Println("custom:", launch.Format("Mon, 02 Jan 2006 15:04:05.000 MST"), "|", launch.Format("3:04PM on January 2"))
	fmt.Println("kitchen:", launch.Format(time.Kitchen), "date only:", launch.Format(time.DateOnly))
	fmt.Printf("weekday=%s yearday=%d leap day next? %v\n", launch.Weekday(), launch.YearDay(), launch.Add(2*time.Hour).Day() == 29)
	year, week := launch.ISOWeek()
	fmt.Printf("ISO week: %d-W%02d\n", year, week)

	later := launch.Add(90 * time.Minute)
	fmt.Println("+90m:", later.Format(time.DateTime))
	fmt.Println("+1 month:", launch.AddDate(0, 1, 0).Format(time.DateOnly), "+1 year:", launch.AddDate(1, 0, 1).Format(time.DateOnly))
	jan31 := time.Date(2023, time.January, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println("Jan 31 + 1 month normalizes to:", jan31.AddDate(0, 1, 0).Format(time.DateOnly))

	deadline := time.Date(2024, time.December, 25, 0, 0, 0, 0, time.UTC)
	d := deadline.Sub(launch)
	fmt.Printf("until deadline: %v (%.2f days, %d whole hours)\n", d, d.Hours()/24, int(d.Hours()))
	fmt.Println("before:", launch.Before(deadline), "after:", launch.After(deadline), "equal:", launch.Equal(launch.Add(0)))

	fmt.Println("truncate hour:", launch.Truncate(time.Hour).Format(time.TimeOnly), "round hour:", launch.Round(time.Hour).Format(time.DateTime))
	fmt.Println("truncate 15m:", launch.Truncate(15*time.Minute).Format(time.TimeOnly))

	for _, s := range []string{"1h30m", "2.5s", "-45m10s", "300ms", "1h2m3.5s", "3 days"} {
		dur, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("ParseDuration error:", err)
			continue
		}
		fmt.Printf("%-9s = %-10v seconds=%-8v rounded=%v\n", s, dur, dur.Seconds(), dur.Round(time.Minute))
	}

	t, err := time.Parse("2006-01-02 15:04", "2023-07-04 09:15")
	fmt.Println("parsed:", t, err)
	_, err = time.Parse(time.DateOnly, "2023-02-30")
	fmt.Println("bad date:", err)

	est := time.FixedZone("EST", -5*3600)
	inEST := launch.In(est)
	fmt.Println("in fixed zone:", inEST.Format(time.RFC1123Z), "same instant:", inEST.Equal(launch))
	fmt.Println("unix:", launch.Unix(), "unix milli:", launch.UnixMilli(), "from unix:", time.Unix(0, 0).UTC().Format(time.RFC3339))

	for _, m := range []time.Month{time.February, time.April} {
		fmt.Printf("days in %s 2024: %d, 2023: %d\n", m, daysIn(2024, m), daysIn(2023, m))
	}
	printMonth(2024, time.March)
}
