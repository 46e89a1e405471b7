package main

import (
	"fmt"
	"time"
)

func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysBetween(a, b time.Time) int {
	return int(b.Sub(a).Hours() / 24)
}

// Easter uses the anonymous Gregorian algorithm.
func Easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, time.Month(month), day)
}

func friday13s(y int) []string {
	var out []string
	for m := time.January; m <= time.December; m++ {
		if d := date(y, m, 13); d.Weekday() == time.Friday {
			out = append(out, d.Month().String()[:3])
		}
	}
	return out
}

// addMonthsClamped adds months without overflowing into the next month.
func addMonthsClamped(t time.Time, n int) time.Time {
	first := date(t.Year(), t.Month()+time.Month(n), 1)
	last := first.AddDate(0, 1, -1).Day()
	return date(first.Year(), first.Month(), min(t.Day(), last))
}

func main() {
	fmt.Println("leap years:")
	for _, y := range []int{1900, 2000, 2023, 2024, 2100} {
		feb := date(y, time.March, 1).AddDate(0, 0, -1)
		fmt.Printf("  %d leap=%-5t feb has %d days\n", y, isLeap(y), feb.Day())
	}

	pairs := [][2]time.Time{
		{date(2000, 1, 1), date(2024, 2, 29)},
		{date(1969, 7, 20), date(2019, 7, 20)},
		{date(2024, 12, 25), date(2025, 1, 1)},
	}
	for _, p := range pairs {
		fmt.Printf("%s -> %s: %d days\n", p[0].Format("2006-01-02"), p[1].Format("2006-01-02"), daysBetween(p[0], p[1]))
	}

	for _, y := range []int{1961, 2019, 2024, 2025, 2038} {
		e := Easter(y)
		fmt.Printf("Easter %d: %s (%s)  Friday 13ths: %v\n", y, e.Format("Jan 2"), e.Weekday(), friday13s(y))
	}

	jan31 := date(2023, 1, 31)
	fmt.Println("AddDate(0,1,0) from 2023-01-31:", jan31.AddDate(0, 1, 0).Format("2006-01-02"))
	for n := 1; n <= 4; n++ {
		fmt.Printf("  clamped +%d month(s): %s\n", n, addMonthsClamped(jan31, n).Format("Mon 2006-01-02"))
	}

	for _, d := range []time.Time{date(2021, 1, 3), date(2024, 12, 30), date(2026, 6, 15)} {
		y, w := d.ISOWeek()
		fmt.Printf("%s is ISO %d-W%02d, day-of-year %3d\n", d.Format("2006-01-02"), y, w, d.YearDay())
	}

	start := date(2024, 3, 8)
	deadline := start
	for added := 0; added < 10; {
		deadline = deadline.AddDate(0, 0, 1)
		if wd := deadline.Weekday(); wd != time.Saturday && wd != time.Sunday {
			added++
		}
	}
	fmt.Printf("10 business days after %s: %s\n", start.Format("Mon Jan 2"), deadline.Format("Mon Jan 2 2006"))
	t := time.Date(2024, 2, 29, 23, 59, 30, 0, time.UTC).Add(90 * time.Second)
	fmt.Println("leap-day rollover:", t.Format(time.RFC3339), "unix", t.Unix())
}
