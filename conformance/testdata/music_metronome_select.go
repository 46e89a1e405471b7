package main

import (
	"fmt"
	"strings"
	"time"
)

type Tick struct {
	Bar, Beat int
}

func (t Tick) String() string { return fmt.Sprintf("%d.%d", t.Bar, t.Beat) }

// metronome sends beats for a number of bars on a channel, without real
// sleeping, so it always behaves the same way.
func metronome(bars, beatsPerBar int, stop <-chan struct{}) (<-chan Tick, <-chan int) {
	out := make(chan Tick)
	done := make(chan int, 1)
	go func() {
		defer close(out)
		sent := 0
		defer func() { done <- sent }()
		for bar := 1; bar <= bars; bar++ {
			for beat := 1; beat <= beatsPerBar; beat++ {
				select {
				case out <- Tick{bar, beat}:
					sent++
				case <-stop:
					return
				}
			}
		}
	}()
	return out, done
}

func main() {
	const bpm = 90
	beat := time.Minute / bpm
	fmt.Printf("tempo %d bpm, one beat = %v\n", bpm, beat)

	stop := make(chan struct{})
	ticks, done := metronome(4, 3, stop)

	var line []string
	var elapsed time.Duration
	count := 0
	for t := range ticks {
		sound := "tick"
		if t.Beat == 1 {
			sound = "TOCK"
		}
		line = append(line, sound)
		count++
		elapsed += beat
		if t.Beat == 3 {
			fmt.Printf("bar %d: %-16s at %v\n", t.Bar, strings.Join(line, " "), elapsed)
			line = line[:0]
		}
		if t.Bar == 3 && t.Beat == 3 {
			close(stop)
			break
		}
	}
	fmt.Println("beats heard:", count)

	// Nobody receives any more, so the metronome can only see stop.
	fmt.Println("metronome sent:", <-done)

	requests := make(chan string, 3)
	requests <- "slower"
	requests <- "faster"
	requests <- "count-in"
	close(requests)

	tempo := bpm
	for {
		select {
		case r, ok := <-requests:
			if !ok {
				fmt.Println("final tempo:", tempo, "bpm, beat =", time.Minute/time.Duration(tempo))
				return
			}
			switch r {
			case "slower":
				tempo -= 10
			case "faster":
				tempo += 25
			default:
				fmt.Println("ignoring request:", r)
				continue
			}
			fmt.Printf("request %-7s -> %d bpm\n", r, tempo)
		}
	}
}
