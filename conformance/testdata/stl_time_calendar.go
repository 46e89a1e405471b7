package main

import (
	"fmt"
	"strings"
	"time"
)

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func nextFriday13(from time.Time) time.Time {
	d := time.Date(from.Year(), from.Month(), 13, 0, 0, 0, 0, time.UTC)
	if !d.After(from) {
		d = d.AddDate(0, 1, 0)
	}
	for d.Weekday() != time.Friday {
		d = d.AddDate(0, 1, 0)
	}
	return d
}

func main() {
	start := time.Date(2024, time.February, 27, 22, 15, 30, 0, time.UTC)
	fmt.Println("start:", start)
	fmt.Println("RFC3339:", start.Format(time.RFC3339))
	fmt.Println("custom:", start.Format("Mon Jan 2 2006 at 3:04PM"))
	fmt.Println("kitchen:", start.Format(time.Kitchen), "stamp:", start.Format(time.StampMilli))
	fmt.Println("date only:", start.Format(time.DateOnly), "weekday:", start.Weekday(), "year day:", start.YearDay())
	y, w := start.ISOWeek()
	fmt.Printf("ISO week: %d-W%02d\n", y, w)

	for i := range 4 {
		d := start.AddDate(0, 0, i)
		fmt.Printf("  +%dd: %s %s\n", i, d.Format("2006-01-02"), d.Weekday())
	}

	later := start.Add(90*time.Minute + 45*time.Second)
	fmt.Println("add 90m45s:", later.Format(time.DateTime))
	end := time.Date(2024, time.December, 25, 0, 0, 0, 0, time.UTC)
	d := end.Sub(start)
	fmt.Println("until christmas:", d, "| hours:", d.Hours(), "| whole days:", int(d.Hours()/24))
	fmt.Println("truncate hour:", start.Truncate(time.Hour).Format(time.TimeOnly))
	fmt.Println("round 15m:", start.Round(15*time.Minute).Format(time.TimeOnly))
	fmt.Println("truncate day:", start.Truncate(24*time.Hour))
	fmt.Println("before/after:", start.Before(end), start.After(end), "compare:", start.Compare(end))

	jst := time.FixedZone("JST", 9*3600)
	est := time.FixedZone("EST", -5*3600)
	fmt.Println("in JST:", start.In(jst).Format(time.RFC1123Z))
	fmt.Println("in EST:", start.In(est).Format(time.RFC1123))
	fmt.Println("same instant:", start.Equal(start.In(jst)), "== operator:", start == start.In(jst))

	t, err := time.Parse("2006-01-02 15:04", "2023-07-04 18:30")
	fmt.Println("parsed:", t, err)
	t2, err := time.Parse(time.RFC3339, "2023-07-04T18:30:00+02:00")
	fmt.Println("parsed with offset:", t2.UTC(), err)
	_, err = time.Parse(time.DateOnly, "2023-02-30")
	fmt.Println("bad date:", err)

	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println("duration:", pd, pd.Seconds(), pd.Round(time.Minute), err)
	fmt.Println("durations:", 1500*time.Millisecond, 36*time.Hour, 250*time.Microsecond, time.Duration(0), -90*time.Second)
	fmt.Println("unix:", start.Unix(), "epoch:", time.Unix(0, 0).UTC(), "from unix:", time.Unix(1700000000, 0).UTC())

	var lengths []string
	for m := time.January; m <= time.December; m++ {
		lengths = append(lengths, fmt.Sprintf("%s=%d", m.String()[:3], daysIn(2024, m)))
	}
	fmt.Println("2024:", strings.Join(lengths, " "))
	fmt.Println("Feb 2023 days:", daysIn(2023, time.February), "Feb 1900 days:", daysIn(1900, time.February))
	fmt.Println("normalized:", time.Date(2023, 14, 35, 25, 61, 0, 0, time.UTC))

	f := start
	for range 3 {
		f = nextFriday13(f)
		fmt.Println("next Friday the 13th:", f.Format("Monday, 02 January 2006"))
	}

	age := func(birth, on time.Time) int {
		years := on.Year() - birth.Year()
		if on.YearDay() < birth.YearDay() {
			years--
		}
		return years
	}
	fmt.Println("age of someone born 1990-06-15 on start:", age(time.Date(1990, 6, 15, 0, 0, 0, 0, time.UTC), start))
}
