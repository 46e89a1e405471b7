package main

import (
	"fmt"
	"time"
)

func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func main() {
	launch := time.Date(2024, time.February, 28, 14, 30, 15, 0, time.UTC)
	fmt.Println(launch)
	fmt.Println("weekday:", launch.Weekday(), "yearday:", launch.YearDay())
	y, w := launch.ISOWeek()
	fmt.Println("iso week:", y, w)

	layouts := []string{
		time.RFC3339,
		time.RFC1123,
		time.Kitchen,
		time.DateOnly,
		time.DateTime,
		"2006-01-02",
		"Jan 2, 2006 at 3:04pm",
		"Monday, 02-Jan-06",
		"02/01/2006 15:04:05.000",
	}
	for _, layout := range layouts {
		fmt.Printf("%-26q %s\n", layout, launch.Format(layout))
	}

	next := launch.AddDate(0, 0, 1)
	fmt.Println("next day:", next.Format(time.DateOnly), next.Weekday())
	fmt.Println("one month later:", launch.AddDate(0, 1, 0).Format(time.DateOnly))
	jan31 := time.Date(2023, time.January, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println("Jan 31 + 1 month:", jan31.AddDate(0, 1, 0).Format(time.DateOnly))
	fmt.Println("one year later:", launch.AddDate(1, 0, 1).Format(time.DateOnly))

	end := time.Date(2024, time.December, 25, 0, 0, 0, 0, time.UTC)
	gap := end.Sub(launch)
	fmt.Println("until christmas:", gap, "days:", int(gap.Hours()/24))
	fmt.Println("before/after/equal:", launch.Before(end), launch.After(end), launch.Equal(launch.Add(0)))
	fmt.Println("add 90m:", launch.Add(90*time.Minute).Format(time.TimeOnly))
	fmt.Println("truncate to hour:", launch.Truncate(time.Hour).Format(time.DateTime))

	for _, m := range []time.Month{time.February, time.April, time.December} {
		fmt.Printf("%s 2024 has %d days, 2023 has %d\n", m, daysIn(2024, m), daysIn(2023, m))
	}

	parsed, err := time.Parse("2006-01-02 15:04", "1969-07-20 20:17")
	fmt.Println("parsed:", parsed, err, parsed.Weekday())
	fmt.Println("unix:", parsed.Unix(), time.Unix(0, 0).UTC())
	_, err = time.Parse(time.DateOnly, "2024-13-01")
	fmt.Println("bad month:", err)

	tokyo := time.FixedZone("JST", 9*60*60)
	fmt.Println("in JST:", launch.In(tokyo).Format("2006-01-02 15:04 MST -0700"))

	year, month, day := launch.Date()
	fmt.Println(year, month, day, int(month), launch.Hour(), launch.Minute(), launch.Second())
	for d := range 7 {
		day := launch.AddDate(0, 0, d)
		fmt.Print(day.Weekday().String()[:3], " ")
	}
	fmt.Println()
}
