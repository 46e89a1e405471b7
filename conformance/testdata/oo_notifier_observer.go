package main

import (
	"fmt"
	"strings"
)

type Event struct {
	Topic   string
	Payload string
}

func (e Event) String() string { return e.Topic + ":" + e.Payload }

// Notifier is an observer that wants events.
type Notifier interface {
	Notify(Event)
	ID() string
}

type EmailNotifier struct {
	Address string
	Outbox  []string
}

func (e *EmailNotifier) Notify(ev Event) {
	e.Outbox = append(e.Outbox, fmt.Sprintf("To: %s | %v", e.Address, ev))
}
func (e *EmailNotifier) ID() string { return "email:" + e.Address }

type SMSNotifier struct {
	Number string
	Count  int
}

func (s *SMSNotifier) Notify(ev Event) {
	s.Count++
	fmt.Printf("  sms %s <- %s\n", s.Number, strings.ToUpper(ev.Payload))
}
func (s *SMSNotifier) ID() string { return "sms:" + s.Number }

// NotifierFunc adapts a plain function to the Notifier interface.
type NotifierFunc func(Event)

func (f NotifierFunc) Notify(ev Event) { f(ev) }
func (f NotifierFunc) ID() string      { return "func" }

type Bus struct {
	subs  map[string][]Notifier
	order []string
}

func NewBus() *Bus { return &Bus{subs: make(map[string][]Notifier)} }

func (b *Bus) Subscribe(topic string, n Notifier) {
	if _, ok := b.subs[topic]; !ok {
		b.order = append(b.order, topic)
	}
	b.subs[topic] = append(b.subs[topic], n)
}

func (b *Bus) Unsubscribe(topic, id string) bool {
	list := b.subs[topic]
	for i, n := range list {
		if n.ID() == id {
			b.subs[topic] = append(list[:i:i], list[i+1:]...)
			return true
		}
	}
	return false
}

func (b *Bus) Publish(ev Event) int {
	fmt.Printf("publish %v\n", ev)
	for _, n := range b.subs[ev.Topic] {
		n.Notify(ev)
	}
	return len(b.subs[ev.Topic])
}

func main() {
	bus := NewBus()
	mail := &EmailNotifier{Address: "ops@example.com"}
	sms := &SMSNotifier{Number: "555-0100"}
	var audit []string
	auditor := NotifierFunc(func(ev Event) { audit = append(audit, ev.String()) })

	bus.Subscribe("deploy", mail)
	bus.Subscribe("deploy", sms)
	bus.Subscribe("deploy", auditor)
	bus.Subscribe("alert", sms)
	bus.Subscribe("alert", auditor)

	bus.Publish(Event{"deploy", "v1.2.0 started"})
	bus.Publish(Event{"alert", "disk 91%"})
	fmt.Println("removed sms from deploy:", bus.Unsubscribe("deploy", "sms:555-0100"))
	fmt.Println("removed again:", bus.Unsubscribe("deploy", "sms:555-0100"))
	n := bus.Publish(Event{"deploy", "v1.2.0 done"})
	fmt.Println("delivered to", n)
	fmt.Println("nobody listens:", bus.Publish(Event{"billing", "invoice"}))

	fmt.Println("topics:", bus.order)
	for _, t := range bus.order {
		ids := []string{}
		for _, s := range bus.subs[t] {
			ids = append(ids, s.ID())
		}
		fmt.Printf("  %s -> %v\n", t, ids)
	}
	fmt.Println("email outbox:")
	for _, m := range mail.Outbox {
		fmt.Println("  " + m)
	}
	fmt.Println("sms count:", sms.Count)
	fmt.Printf("audit: %q\n", audit)
}
