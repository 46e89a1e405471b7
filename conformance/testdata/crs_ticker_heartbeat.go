// Lab 8: ticker-driven loops. A monitor samples a counter on each tick,
// and a heartbeat goroutine stops after a fixed number of beats.
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type Monitor struct {
	mu      sync.Mutex
	samples []int
}

func (m *Monitor) Record(v int) {
	m.mu.Lock()
	m.samples = append(m.samples, v)
	m.mu.Unlock()
}

func heartbeat(beats int, every time.Duration, done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		t := time.NewTicker(every)
		defer t.Stop()
		for i := 1; i <= beats; i++ {
			select {
			case <-t.C:
				select {
				case out <- i:
				case <-done:
					return
				}
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	// Part 1: exactly five heartbeats.
	done := make(chan struct{})
	var got []string
	for beat := range heartbeat(5, 2*time.Millisecond, done) {
		got = append(got, fmt.Sprintf("beat-%d", beat))
	}
	close(done)
	fmt.Println(strings.Join(got, ", "))

	// Part 2: a ticker loop that processes a work queue one item per tick.
	queue := []string{"compile", "link", "test", "package"}
	ticker := time.NewTicker(time.Millisecond)
	var m Monitor
	step := 0
	for range ticker.C {
		if step == len(queue) {
			ticker.Stop()
			break
		}
		m.Record(len(queue[step]))
		fmt.Printf("tick %d: %-8s (queue left %d)\n", step+1, queue[step], len(queue)-step-1)
		step++
	}
	fmt.Println("sampled lengths:", m.samples)

	// Part 3: cancelling the heartbeat early.
	stop := make(chan struct{})
	beats := heartbeat(1000, time.Millisecond, stop)
	first := <-beats
	second := <-beats
	close(stop)
	rest := 0
	for range beats {
		rest++
	}
	fmt.Printf("first=%d second=%d stopped early: %v\n", first, second, rest < 998)

	// Part 4: Reset changes the period of a timer-based loop.
	timer := time.NewTimer(time.Hour)
	timer.Reset(time.Millisecond)
	<-timer.C
	fmt.Println("timer fired after Reset")
	fmt.Println("Stop on fired timer:", timer.Stop())
}
