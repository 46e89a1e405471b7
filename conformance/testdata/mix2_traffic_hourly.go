package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Event struct {
	At     time.Time
	Sensor string
	Dir    string // "in" or "out"
}

type HourKey struct {
	Sensor string
	Hour   int
}

type Counts struct{ In, Out int }

func (c Counts) Net() int { return c.In - c.Out }

func (c *Counts) Add(dir string) {
	switch dir {
	case "in":
		c.In++
	case "out":
		c.Out++
	}
}

func generate() []Event {
	base := time.Date(2024, time.June, 3, 6, 0, 0, 0, time.UTC)
	var evs []Event
	sensors := []string{"north", "south"}
	// deterministic pseudo-traffic: a simple LCG drives the gaps
	state := uint32(7)
	for i, t := 0, base; i < 120; i++ {
		state = state*1103515245 + 12345
		gap := time.Duration(1+state>>16%9) * time.Minute
		t = t.Add(gap)
		coin := state >> 8 % 3
		dir := "in"
		if (t.Hour() < 11 && coin == 0) || (t.Hour() >= 11 && coin != 0) {
			dir = "out"
		}
		evs = append(evs, Event{At: t, Sensor: sensors[i%2], Dir: dir})
	}
	return evs
}

func main() {
	events := generate()
	agg := map[HourKey]*Counts{}
	for _, e := range events {
		k := HourKey{e.Sensor, e.At.Hour()}
		c, ok := agg[k]
		if !ok {
			c = &Counts{}
			agg[k] = c
		}
		c.Add(e.Dir)
	}
	keys := make([]HourKey, 0, len(agg))
	for k := range agg {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Hour != keys[j].Hour {
			return keys[i].Hour < keys[j].Hour
		}
		return keys[i].Sensor < keys[j].Sensor
	})
	fmt.Printf("%d events from %s to %s\n", len(events),
		events[0].At.Format(time.Kitchen), events[len(events)-1].At.Format("15:04:05"))
	fmt.Printf("%-5s %-6s %4s %4s %5s\n", "hour", "sensor", "in", "out", "net")
	occupancy, peak, peakHour := 0, 0, 0
	for _, k := range keys {
		c := agg[k]
		fmt.Printf("%02d:00 %-6s %4d %4d %+5d\n", k.Hour, k.Sensor, c.In, c.Out, c.Net())
		occupancy += c.Net()
		if occupancy > peak {
			peak, peakHour = occupancy, k.Hour
		}
	}
	fmt.Println(strings.Repeat("-", 28))
	fmt.Printf("cumulative net %d, peak %d during %02d:00\n", occupancy, peak, peakHour)
	if c, ok := agg[HourKey{"east", 7}]; !ok {
		fmt.Printf("east sensor missing: %v\n", c)
	}
}
