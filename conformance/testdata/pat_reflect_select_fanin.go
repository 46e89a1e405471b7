package main

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
)

type Event struct {
	Source int
	Value  string
}

func (e Event) String() string { return fmt.Sprintf("%d:%s", e.Source, e.Value) }

func producer(id int, words []string) <-chan Event {
	ch := make(chan Event)
	go func() {
		defer close(ch)
		for _, w := range words {
			ch <- Event{id, w}
		}
	}()
	return ch
}

// FanIn receives from every channel until all are closed, using reflect.Select
// so the number of channels need not be known at compile time.
func FanIn(chans []<-chan Event) (events []Event, closedCount int) {
	cases := make([]reflect.SelectCase, len(chans))
	for i, ch := range chans {
		cases[i] = reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ch)}
	}
	for len(cases) > 0 {
		chosen, v, ok := reflect.Select(cases)
		if !ok {
			cases = slices.Delete(cases, chosen, chosen+1)
			closedCount++
			continue
		}
		events = append(events, v.Interface().(Event))
	}
	return events, closedCount
}

func main() {
	inputs := []string{
		"alpha beta gamma",
		"delta",
		"",
		"epsilon zeta eta theta",
		"iota kappa",
	}
	var chans []<-chan Event
	for i, s := range inputs {
		chans = append(chans, producer(i, strings.Fields(s)))
	}
	events, closed := FanIn(chans)
	fmt.Println("channels closed:", closed, "events:", len(events))

	perSource := make([]int, len(inputs))
	for _, e := range events {
		perSource[e.Source]++
	}
	fmt.Println("per source:", perSource)

	slices.SortFunc(events, func(a, b Event) int { return strings.Compare(a.Value, b.Value) })
	fmt.Println(events)

	// A send case and a default case through the same API.
	buf := make(chan int, 1)
	send := []reflect.SelectCase{
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(buf), Send: reflect.ValueOf(42)},
		{Dir: reflect.SelectDefault},
	}
	first, _, _ := reflect.Select(send)
	second, _, _ := reflect.Select(send)
	fmt.Println("send chosen:", first, "then default:", second, "buffered:", <-buf)
}
