package main

import (
	"fmt"
	"strings"
	"time"
)

type Period struct {
	Name   string
	Length time.Duration
}

type Day struct {
	Start   time.Duration
	Periods []Period
}

func (d Day) Timeline() []string {
	var out []string
	at := d.Start
	for _, p := range d.Periods {
		end := at + p.Length
		out = append(out, fmt.Sprintf("%s-%s %-10s (%v)", clock(at), clock(end), p.Name, p.Length))
		at = end
	}
	return out
}

func (d Day) Total() time.Duration {
	var t time.Duration
	for _, p := range d.Periods {
		t += p.Length
	}
	return t
}

func clock(d time.Duration) string {
	h := int(d.Hours())
	m := int((d % time.Hour).Minutes())
	return fmt.Sprintf("%02d:%02d", h, m)
}

func main() {
	monday := Day{
		Start: 8*time.Hour + 45*time.Minute,
		Periods: []Period{
			{"Register", 15 * time.Minute},
			{"Maths", 55 * time.Minute},
			{"English", 55 * time.Minute},
			{"Break", 20 * time.Minute},
			{"Science", 90 * time.Minute},
			{"Lunch", 45 * time.Minute},
			{"Art", time.Hour + 10*time.Minute},
		},
	}
	for _, line := range monday.Timeline() {
		fmt.Println(line)
	}
	total := monday.Total()
	fmt.Println("School day length:", total)
	fmt.Printf("In hours: %.2f, in minutes: %.0f\n", total.Hours(), total.Minutes())

	var teaching time.Duration
	for _, p := range monday.Periods {
		if p.Name != "Break" && p.Name != "Lunch" && p.Name != "Register" {
			teaching += p.Length
		}
	}
	fmt.Printf("Teaching share: %.1f%%\n", 100*float64(teaching)/float64(total))

	for _, s := range []string{"1h30m", "45m", "2h5m10s", "90s", "ten minutes"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("bad duration:", err)
			continue
		}
		fmt.Printf("%-8s = %v = %d seconds\n", s, d, int(d.Seconds()))
	}

	exam := 2*time.Hour + 15*time.Minute
	extra := exam / 4
	fmt.Println("Exam:", exam, "extra time:", extra, "total:", exam+extra)
	fmt.Println("Rounded to hour:", (exam + extra).Round(time.Hour))
	fmt.Println("Truncated to 30m:", (exam + extra).Truncate(30*time.Minute))
	fmt.Println("Small units:", 1500*time.Microsecond, 250*time.Millisecond, time.Duration(42))

	base := time.Date(2024, time.September, 2, 0, 0, 0, 0, time.UTC)
	firstBell := base.Add(monday.Start)
	fmt.Println("First bell:", firstBell.Format("Mon 02 Jan 15:04"))
	fmt.Println(strings.Repeat("=", 30))
}
