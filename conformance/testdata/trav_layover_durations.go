package main

import (
	"fmt"
	"time"
)

type Flight struct {
	Code   string
	Depart time.Time
	Arrive time.Time
}

func (f Flight) Duration() time.Duration { return f.Arrive.Sub(f.Depart) }

var (
	tokyo    = time.FixedZone("JST", 9*3600)
	honolulu = time.FixedZone("HST", -10*3600)
	la       = time.FixedZone("PDT", -7*3600)
	newYork  = time.FixedZone("EDT", -4*3600)
)

func at(loc *time.Location, y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, loc)
}

func main() {
	trip := []Flight{
		{"HA822", at(tokyo, 2024, 6, 3, 21, 5), at(honolulu, 2024, 6, 3, 9, 30)},
		{"HA28", at(honolulu, 2024, 6, 3, 13, 15), at(la, 2024, 6, 3, 21, 40)},
		{"DL1433", at(la, 2024, 6, 4, 7, 0), at(newYork, 2024, 6, 4, 15, 25)},
	}

	const layout = "Mon 02 Jan 15:04 MST"
	var inAir, onGround time.Duration
	for i, f := range trip {
		fmt.Printf("%-6s %s -> %s  %v\n", f.Code, f.Depart.Format(layout), f.Arrive.Format(layout), f.Duration())
		inAir += f.Duration()
		if i > 0 {
			wait := f.Depart.Sub(trip[i-1].Arrive)
			onGround += wait
			kind := "connection"
			if wait > 6*time.Hour {
				kind = "overnight stop"
			}
			fmt.Printf("       layover %v (%s)\n", wait, kind)
		}
	}

	start, end := trip[0].Depart, trip[len(trip)-1].Arrive
	total := end.Sub(start)
	fmt.Println("in the air:", inAir)
	fmt.Println("on the ground:", onGround)
	fmt.Printf("door to door: %v = %.2f hours\n", total, total.Hours())
	fmt.Printf("arrival in Tokyo time: %s\n", end.In(tokyo).Format(time.RFC1123Z))
	fmt.Printf("same instant? %v\n", end.Equal(end.In(tokyo)))

	d, err := time.ParseDuration("1h45m30s")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("parsed:", d, "minutes:", d.Minutes(), "rounded:", d.Round(time.Hour), "truncated:", d.Truncate(15*time.Minute))
	fmt.Printf("%%v %v  %%d %d  %%s %s\n", 90*time.Second, 90*time.Second, 1500*time.Millisecond)

	checkIn := at(honolulu, 2024, 6, 3, 15, 0)
	checkOut := checkIn.AddDate(0, 0, 4).Add(-4 * time.Hour)
	nights := int(checkOut.Sub(checkIn).Hours()/24 + 0.5)
	fmt.Printf("hotel: %s to %s, %d nights, weekday out %v\n",
		checkIn.Format("Jan 2"), checkOut.Format("Jan 2 15:04"), nights, checkOut.Weekday())
}
