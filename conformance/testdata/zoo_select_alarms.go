package main

import (
	"fmt"
	"time"
)

type Alarm struct {
	Zone  string
	Level int
}

func sensor(zone string, levels []int) <-chan Alarm {
	ch := make(chan Alarm)
	go func() {
		defer close(ch)
		for _, l := range levels {
			ch <- Alarm{zone, l}
		}
	}()
	return ch
}

func main() {
	// Read the two sensors in a fixed alternating order so output is stable.
	aviary := sensor("aviary", []int{1, 0, 3})
	reptiles := sensor("reptiles", []int{2, 2})
	for aviary != nil || reptiles != nil {
		if aviary != nil {
			a, ok := <-aviary
			if !ok {
				aviary = nil
				fmt.Println("aviary sensor offline")
			} else {
				fmt.Printf("%-8s level %d\n", a.Zone, a.Level)
			}
		}
		if reptiles != nil {
			a, ok := <-reptiles
			if !ok {
				reptiles = nil
				fmt.Println("reptiles sensor offline")
			} else {
				fmt.Printf("%-8s level %d\n", a.Zone, a.Level)
			}
		}
	}

	buffered := make(chan string, 2)
	for _, msg := range []string{"gate A open", "gate B open", "gate C open"} {
		select {
		case buffered <- msg:
			fmt.Println("queued:", msg)
		default:
			fmt.Println("queue full, dropped:", msg)
		}
	}
	close(buffered)
	for msg := range buffered {
		fmt.Println("handled:", msg)
	}

	never := make(chan Alarm)
	select {
	case a := <-never:
		fmt.Println("unexpected alarm", a)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("no alarm within", 10*time.Millisecond)
	}

	result := make(chan int)
	go func() {
		total := 0
		for i := range 5 {
			total += i * 10
		}
		result <- total
	}()
	select {
	case v := <-result:
		fmt.Println("night count finished:", v)
	case <-time.After(2 * time.Second):
		fmt.Println("night count timed out")
	}
}
