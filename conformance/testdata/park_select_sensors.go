package main

import (
	"fmt"
	"time"
)

type Event struct {
	Source string
	Value  int
}

func main() {
	loops := make(chan Event)
	cameras := make(chan Event)
	quit := make(chan struct{})

	// Producer sends on alternating channels in a fixed order, so the
	// consumer sees a deterministic sequence even though it uses select.
	go func() {
		for i := range 6 {
			if i%2 == 0 {
				loops <- Event{"loop", i}
			} else {
				cameras <- Event{"camera", i * 100}
			}
		}
		close(quit)
	}()

	loopCount, camTotal := 0, 0
consume:
	for {
		select {
		case e := <-loops:
			loopCount++
			fmt.Printf("loop detector pulse #%d (value %d)\n", loopCount, e.Value)
		case e := <-cameras:
			camTotal += e.Value
			fmt.Printf("camera frame value %d, running total %d\n", e.Value, camTotal)
		case <-quit:
			fmt.Println("sensors quiet")
			break consume
		}
	}

	// Non-blocking send and receive with default.
	alerts := make(chan string, 2)
	for _, a := range []string{"smoke L2", "door open", "flood B1"} {
		select {
		case alerts <- a:
			fmt.Println("queued alert:", a)
		default:
			fmt.Println("alert buffer full, dropped:", a)
		}
	}
	for {
		select {
		case a := <-alerts:
			fmt.Println("handling:", a)
			continue
		default:
			fmt.Println("no pending alerts")
		}
		break
	}

	// A timeout case that always wins because the sensor never answers.
	silent := make(chan int)
	select {
	case v := <-silent:
		fmt.Println("unexpected reading", v)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("ultrasonic sensor timed out after", 5*time.Millisecond)
	}

	// nil channels are never selected.
	var disabled chan int
	ready := make(chan int, 1)
	ready <- 7
	select {
	case v := <-disabled:
		fmt.Println("disabled sensor sent", v)
	case v := <-ready:
		fmt.Println("ready sensor sent", v)
	}
}
