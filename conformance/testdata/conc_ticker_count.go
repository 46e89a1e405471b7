package main

import (
	"fmt"
	"time"
)

type Heartbeat struct {
	Seq    int
	Status string
}

func (h Heartbeat) String() string { return fmt.Sprintf("beat %d [%s]", h.Seq, h.Status) }

// monitor emits one heartbeat per tick and stops itself after max ticks.
func monitor(interval time.Duration, max int) <-chan Heartbeat {
	out := make(chan Heartbeat)
	go func() {
		defer close(out)
		ticker := time.NewTicker(interval)
		defer ticker.Stop()
		for seq := 1; ; seq++ {
			<-ticker.C
			status := "ok"
			if seq == max {
				status = "last"
			}
			out <- Heartbeat{Seq: seq, Status: status}
			if seq == max {
				return
			}
		}
	}()
	return out
}

func main() {
	count := 0
	for hb := range monitor(5*time.Millisecond, 4) {
		count++
		fmt.Println(hb)
	}
	fmt.Println("ticks counted:", count)

	// A ticker used together with a quit channel in a select loop.
	ticker := time.NewTicker(3 * time.Millisecond)
	quit := make(chan struct{})
	ticks := 0
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
			if ticks == 3 {
				ticker.Stop()
				close(quit)
			}
		case <-quit:
			break loop
		}
	}
	fmt.Println("second ticker stopped after", ticks, "ticks")

	// time.After as a one-shot timer.
	select {
	case <-time.After(2 * time.Millisecond):
		fmt.Println("timer fired")
	}
}
