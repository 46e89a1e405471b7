package main

import (
	"fmt"
	"strings"
	"time"
)

type Movement struct {
	Train    string
	Station  string
	Schedule time.Duration
	Actual   time.Duration
}

func (m Movement) Late() time.Duration { return max(0, m.Actual-m.Schedule) }

type Alert struct {
	Movement
	Level string
}

// feed emits raw movement reports on a channel and closes it when done.
func feed(reports []string) <-chan Movement {
	out := make(chan Movement)
	go func() {
		defer close(out)
		for _, r := range reports {
			f := strings.Fields(r)
			sched, _ := time.ParseDuration(f[2])
			act, _ := time.ParseDuration(f[3])
			out <- Movement{f[0], f[1], sched, act}
		}
	}()
	return out
}

// classify turns late movements into alerts and counts on-time ones.
func classify(in <-chan Movement, onTime chan<- int) <-chan Alert {
	out := make(chan Alert)
	go func() {
		defer close(out)
		n := 0
		for m := range in {
			switch late := m.Late(); {
			case late >= 10*time.Minute:
				out <- Alert{m, "MAJOR"}
			case late >= 3*time.Minute:
				out <- Alert{m, "minor"}
			default:
				n++
			}
		}
		onTime <- n
	}()
	return out
}

func main() {
	reports := []string{
		"2C10 Exeter 0h0m 0h1m",
		"2C10 Newton 0h21m 0h26m",
		"1A80 Taunton 0h35m 0h35m",
		"2C10 Totnes 0h34m 0h48m",
		"1A80 Reading 1h50m 1h52m",
		"1A80 Paddington 2h15m 2h31m",
		"2C10 Plymouth 1h2m 1h14m",
	}

	onTime := make(chan int, 1)
	alerts := classify(feed(reports), onTime)

	majors := 0
	for a := range alerts {
		if a.Level == "MAJOR" {
			majors++
		}
		fmt.Printf("[%-5s] %s at %-10s +%v\n", a.Level, a.Train, a.Station, a.Late())
	}

	select {
	case n := <-onTime:
		fmt.Printf("%d movements on time, %d major alerts\n", n, majors)
	default:
		fmt.Println("on-time count not ready")
	}

	done := make(chan struct{})
	close(done)
	select {
	case <-done:
		fmt.Println("dispatcher shift finished")
	case <-time.After(time.Second):
		fmt.Println("dispatcher timed out")
	}
}
