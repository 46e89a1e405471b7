package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Hours(), d.Round(time.Hour))
	fmt.Println(time.Duration(1500)*time.Microsecond, 2*time.Millisecond)
	t := time.Date(2024, time.February, 28, 23, 0, 0, 0, time.UTC)
	t2 := t.Add(2 * time.Hour)
	fmt.Println(t2.Format("2006-01-02 15:04"), t2.Weekday(), t2.YearDay())
	fmt.Println(t2.Sub(t), t.Before(t2), t.Month())
	p, err := time.Parse(time.RFC3339, "2023-10-05T14:30:00Z")
	fmt.Println(p.Unix(), err)
	dd, _ := time.ParseDuration("1h15m")
	fmt.Println(dd.Minutes())
}
