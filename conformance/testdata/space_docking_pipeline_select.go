package main

import (
	"fmt"
	"time"
)

// Reading is a range/closing-rate measurement during docking approach.
type Reading struct {
	Step    int
	RangeM  float64
	RateMps float64
}

// sensor emits readings and then closes its channel.
func sensor(ranges []float64) <-chan Reading {
	out := make(chan Reading)
	go func() {
		defer close(out)
		for i := 1; i < len(ranges); i++ {
			out <- Reading{Step: i, RangeM: ranges[i], RateMps: ranges[i-1] - ranges[i]}
		}
	}()
	return out
}

// guard forwards safe readings and diverts unsafe ones to an alarm channel.
func guard(in <-chan Reading, limit float64) (<-chan Reading, <-chan string) {
	ok := make(chan Reading)
	alarm := make(chan string)
	go func() {
		defer close(ok)
		defer close(alarm)
		for r := range in {
			if r.RateMps > limit {
				alarm <- fmt.Sprintf("step %d: closing rate %.2f m/s exceeds %.2f", r.Step, r.RateMps, limit)
				continue
			}
			ok <- r
		}
	}()
	return ok, alarm
}

func main() {
	ranges := []float64{30, 25, 20.5, 16, 12.8, 9, 4.2, 2.0, 0.9, 0.3, 0}
	ok, alarm := guard(sensor(ranges), 4.0)

	// Because the guard goroutine sends to only one channel at a time and
	// blocks until we receive, select here observes events in step order.
	safe, alarms := 0, 0
	for ok != nil || alarm != nil {
		select {
		case r, open := <-ok:
			if !open {
				ok = nil
				continue
			}
			safe++
			fmt.Printf("step %2d  range %5.1f m  rate %.2f m/s\n", r.Step, r.RangeM, r.RateMps)
		case msg, open := <-alarm:
			if !open {
				alarm = nil
				continue
			}
			alarms++
			fmt.Println("ALARM", msg)
		}
	}
	fmt.Printf("safe readings=%d alarms=%d\n", safe, alarms)

	// A buffered channel acts as a queue of docking latches.
	latches := make(chan string, 4)
	for _, l := range []string{"hook-A", "hook-B", "hook-C"} {
		latches <- l
	}
	close(latches)
	for l := range latches {
		fmt.Println("latch engaged:", l)
	}

	// select with a timeout that fires because nobody ever sends.
	capture := make(chan struct{})
	select {
	case <-capture:
		fmt.Println("soft capture")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no soft-capture signal within", 20*time.Millisecond)
	}
}
