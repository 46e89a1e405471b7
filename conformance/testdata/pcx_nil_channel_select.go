package main

import (
	"fmt"
	"sort"
)

type reading struct {
	sensor string
	value  int
}

func sensor(name string, values []int) <-chan reading {
	ch := make(chan reading)
	go func() {
		defer close(ch)
		for _, v := range values {
			ch <- reading{name, v}
		}
	}()
	return ch
}

// mergeTwo reads from both channels until both are closed. A closed
// channel is replaced by nil so its select case is never chosen again.
func mergeTwo(a, b <-chan reading) (map[string][]int, int) {
	got := map[string][]int{}
	closes := 0
	for a != nil || b != nil {
		select {
		case r, ok := <-a:
			if !ok {
				a = nil
				closes++
				continue
			}
			got[r.sensor] = append(got[r.sensor], r.value)
		case r, ok := <-b:
			if !ok {
				b = nil
				closes++
				continue
			}
			got[r.sensor] = append(got[r.sensor], r.value)
		}
	}
	return got, closes
}

func main() {
	temp := sensor("temperature", []int{21, 22, 22, 23, 25, 24})
	hum := sensor("humidity", []int{40, 42, 45, 43})

	got, closes := mergeTwo(temp, hum)
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		sum := 0
		for _, v := range got[n] {
			sum += v
		}
		fmt.Printf("%-11s readings=%v sum=%d\n", n, got[n], sum)
	}
	fmt.Println("channels closed:", closes)

	// A nil channel blocks forever, so select falls through to default.
	var never chan int
	select {
	case v := <-never:
		fmt.Println("unexpected value", v)
	default:
		fmt.Println("receive from nil channel would block")
	}
	select {
	case never <- 1:
		fmt.Println("unexpected send")
	default:
		fmt.Println("send to nil channel would block")
	}

	// Comma-ok distinguishes a zero value from a closed channel.
	buf := make(chan int, 2)
	buf <- 0
	close(buf)
	for i := 0; i < 2; i++ {
		v, ok := <-buf
		fmt.Printf("receive %d: v=%d ok=%v\n", i, v, ok)
	}

	// Enabling and disabling an output channel with nil.
	queue := []int{3, 1, 4, 1, 5}
	out := make(chan int, len(queue))
	for len(queue) > 0 {
		var send chan int
		if len(out) < 3 {
			send = out
		}
		select {
		case send <- queue[0]:
			queue = queue[1:]
		default:
			fmt.Println("output throttled, draining", <-out)
		}
	}
	close(out)
	for v := range out {
		fmt.Println("remaining:", v)
	}
}
