package main

import (
	"fmt"
	"time"
)

type Alert struct {
	Bed   int
	Kind  string
	Level int
}

func monitor(alarms, info chan<- Alert, quit chan<- struct{}) {
	// Sends happen one at a time on unbuffered channels, so the
	// receiver sees them in exactly this order.
	script := []Alert{
		{3, "heart rate", 2},
		{5, "drip empty", 0},
		{3, "spo2 low", 3},
		{8, "call button", 0},
		{1, "apnea", 3},
		{8, "call button", 0},
	}
	for _, a := range script {
		if a.Level > 0 {
			alarms <- a
		} else {
			info <- a
		}
	}
	close(quit)
}

func main() {
	alarms := make(chan Alert)
	info := make(chan Alert)
	quit := make(chan struct{})
	go monitor(alarms, info, quit)

	var critical, routine int
loop:
	for {
		select {
		case a := <-alarms:
			critical++
			fmt.Printf("ALARM  bed %d: %-11s level %d\n", a.Bed, a.Kind, a.Level)
		case a := <-info:
			routine++
			fmt.Printf("notice bed %d: %s\n", a.Bed, a.Kind)
		case <-quit:
			break loop
		}
	}
	fmt.Printf("critical=%d routine=%d\n", critical, routine)

	// Non-blocking send with default: the pager buffer holds two pages.
	pager := make(chan string, 2)
	for _, msg := range []string{"Dr. Lee", "Dr. Roy", "Dr. Abe"} {
		select {
		case pager <- msg:
			fmt.Println("paged", msg)
		default:
			fmt.Println("pager full, dropped", msg)
		}
	}
	close(pager)
	for m := range pager {
		fmt.Println("delivered page to", m)
	}

	// A nil channel is never ready, so this select takes the timeout.
	var disabled chan Alert
	select {
	case <-disabled:
		fmt.Println("impossible")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("disabled monitor: timed out after", 10*time.Millisecond)
	}

	ticker := time.NewTicker(time.Millisecond)
	defer ticker.Stop()
	ticks := 0
	for ticks < 3 {
		<-ticker.C
		ticks++
	}
	fmt.Println("vitals sampled", ticks, "times")
}
