package main

import (
	"fmt"
	"strings"
)

type Event struct {
	Topic string
	Data  any
}

// Subscriber receives events it is registered for.
type Subscriber interface {
	Notify(e Event)
}

// SubscriberFunc lets an ordinary function act as a Subscriber.
type SubscriberFunc func(Event)

func (f SubscriberFunc) Notify(e Event) { f(e) }

type Bus struct {
	subs map[string][]Subscriber
}

func NewBus() *Bus { return &Bus{subs: make(map[string][]Subscriber)} }

func (b *Bus) Subscribe(topic string, s Subscriber) {
	b.subs[topic] = append(b.subs[topic], s)
}

func (b *Bus) Publish(topic string, data any) int {
	e := Event{Topic: topic, Data: data}
	for _, s := range b.subs[topic] {
		s.Notify(e)
	}
	return len(b.subs[topic])
}

type Logger struct {
	Prefix string
	Lines  []string
}

func (l *Logger) Notify(e Event) {
	l.Lines = append(l.Lines, fmt.Sprintf("%s %s: %v", l.Prefix, e.Topic, e.Data))
}

type Counter struct {
	Counts map[string]int
}

func (c *Counter) Notify(e Event) { c.Counts[e.Topic]++ }

func main() {
	bus := NewBus()
	log := &Logger{Prefix: "[log]"}
	counter := &Counter{Counts: map[string]int{}}
	var shouts []string

	bus.Subscribe("order.created", log)
	bus.Subscribe("order.created", counter)
	bus.Subscribe("order.shipped", log)
	bus.Subscribe("order.shipped", counter)
	bus.Subscribe("order.shipped", SubscriberFunc(func(e Event) {
		shouts = append(shouts, strings.ToUpper(fmt.Sprint(e.Data)))
	}))

	fmt.Println("delivered to", bus.Publish("order.created", 101))
	fmt.Println("delivered to", bus.Publish("order.created", 102))
	fmt.Println("delivered to", bus.Publish("order.shipped", "order 101 via post"))
	fmt.Println("delivered to", bus.Publish("order.cancelled", 102))

	for i, line := range log.Lines {
		fmt.Printf("%d %s\n", i, line)
	}
	fmt.Println("counts:", counter.Counts)
	fmt.Printf("shouts: %q\n", shouts)
	fmt.Printf("%T %T\n", bus.subs["order.shipped"][0], bus.subs["order.shipped"][2])
	fmt.Printf("%+v\n", Event{Topic: "x", Data: []int{1, 2}})
}
