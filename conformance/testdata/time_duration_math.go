package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	fmt.Println(d.Truncate(time.Minute), d.Round(time.Hour), d.Round(time.Second))
	fmt.Println(time.Duration(0), time.Duration(1), 1500*time.Microsecond, -2*time.Second)
	fmt.Println(time.Duration(1<<63-1), 3*time.Hour/4, time.Second%(300*time.Millisecond))
	per := 1200 * time.Millisecond
	n := int(10 * time.Second / per)
	fmt.Printf("%d laps, %v left over\n", n, 10*time.Second-time.Duration(n)*per)
	fmt.Printf("%v %s %d %.1f\n", time.Minute, 2*time.Millisecond, time.Microsecond, time.Duration(1500).Seconds()*1e6)
	parsed, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(parsed, err, parsed > time.Hour)
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	fmt.Println(d.Abs() == d, (-d).Abs(), time.Duration(2.5*float64(time.Second)))
}
