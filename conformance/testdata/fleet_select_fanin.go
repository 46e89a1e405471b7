package main

import (
	"fmt"
	"slices"
	"time"
)

type Ping struct {
	Truck string
	Seq   int
	Km    float64
}

func producer(truck string, n int, step float64) <-chan Ping {
	out := make(chan Ping)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- Ping{truck, i, float64(i) * step}
		}
	}()
	return out
}

// merge reads from both channels with select until both are closed.
func merge(a, b <-chan Ping) []Ping {
	var got []Ping
	for a != nil || b != nil {
		select {
		case p, ok := <-a:
			if !ok {
				a = nil // a nil channel is never ready in select
				continue
			}
			got = append(got, p)
		case p, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got = append(got, p)
		}
	}
	return got
}

func main() {
	pings := merge(producer("T1", 4, 1.5), producer("T2", 3, 2.25))
	// Arrival order depends on scheduling; sort for stable output.
	slices.SortFunc(pings, func(x, y Ping) int {
		if x.Truck != y.Truck {
			if x.Truck < y.Truck {
				return -1
			}
			return 1
		}
		return x.Seq - y.Seq
	})
	for _, p := range pings {
		fmt.Printf("%s seq=%d km=%.2f\n", p.Truck, p.Seq, p.Km)
	}

	// Non-blocking send: the alert buffer holds only two messages.
	alerts := make(chan string, 2)
	for _, msg := range []string{"low fuel T1", "door open T2", "speeding T3", "idle T4"} {
		select {
		case alerts <- msg:
			fmt.Println("queued:", msg)
		default:
			fmt.Println("dropped:", msg)
		}
	}
	close(alerts)
	for a := range alerts {
		fmt.Println("handling alert:", a)
	}

	// Non-blocking receive on an empty channel.
	empty := make(chan int)
	select {
	case v := <-empty:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("no dispatch orders waiting")
	}

	// Timeout: the silent truck never reports.
	var silent chan Ping
	select {
	case p := <-silent:
		fmt.Println("got", p)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout waiting for silent truck after", 20*time.Millisecond)
	}

	// A done channel stops a worker; the result is sent back on reply.
	done := make(chan struct{})
	jobs := make(chan float64)
	reply := make(chan float64)
	go func() {
		total := 0.0
		for {
			select {
			case <-done:
				reply <- total
				return
			case kg := <-jobs:
				total += kg
			}
		}
	}()
	for _, kg := range []float64{2.5, 4, 11.25} {
		jobs <- kg // unbuffered: each send waits for the worker
	}
	close(done)
	fmt.Printf("worker loaded %.2f kg before stopping\n", <-reply)
}
