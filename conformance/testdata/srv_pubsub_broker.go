package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Message struct {
	Topic   string
	Payload string
}

type Broker struct {
	mu     sync.RWMutex
	subs   map[string][]chan Message
	closed bool
}

func NewBroker() *Broker { return &Broker{subs: make(map[string][]chan Message)} }

func (b *Broker) Subscribe(topic string, buffer int) <-chan Message {
	ch := make(chan Message, buffer)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	return ch
}

// Publish delivers to every subscriber of the topic and returns the fan-out count.
func (b *Broker) Publish(topic, payload string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return 0
	}
	for _, ch := range b.subs[topic] {
		ch <- Message{Topic: topic, Payload: payload}
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	for _, chans := range b.subs {
		for _, ch := range chans {
			close(ch)
		}
	}
}

type Subscriber struct {
	Name     string
	Received []string
}

func (s *Subscriber) Run(wg *sync.WaitGroup, inputs ...<-chan Message) {
	// Merge each input in its own goroutine, but record per-topic so the
	// final output does not depend on scheduling.
	perTopic := make([][]string, len(inputs))
	var inner sync.WaitGroup
	for i, in := range inputs {
		inner.Add(1)
		go func() {
			defer inner.Done()
			for m := range in {
				perTopic[i] = append(perTopic[i], m.Topic+":"+m.Payload)
			}
		}()
	}
	go func() {
		defer wg.Done()
		inner.Wait()
		for _, msgs := range perTopic {
			s.Received = append(s.Received, msgs...)
		}
	}()
}

func main() {
	broker := NewBroker()
	subs := map[string]*Subscriber{
		"billing":   {Name: "billing"},
		"email":     {Name: "email"},
		"analytics": {Name: "analytics"},
	}

	var wg sync.WaitGroup
	wg.Add(3)
	subs["billing"].Run(&wg, broker.Subscribe("order.paid", 1))
	subs["email"].Run(&wg, broker.Subscribe("order.paid", 0), broker.Subscribe("user.signup", 0))
	subs["analytics"].Run(&wg,
		broker.Subscribe("order.paid", 4), broker.Subscribe("user.signup", 4), broker.Subscribe("page.view", 4))

	events := []Message{
		{"user.signup", "u1"}, {"page.view", "/home"}, {"order.paid", "o-100"},
		{"page.view", "/cart"}, {"order.paid", "o-101"}, {"user.signup", "u2"},
		{"audit.tick", "ignored"}, {"order.paid", "o-102"},
	}
	for _, e := range events {
		n := broker.Publish(e.Topic, e.Payload)
		fmt.Printf("publish %-12s %-8s -> %d subscriber(s)\n", e.Topic, e.Payload, n)
	}
	broker.Close()
	wg.Wait()
	fmt.Println("after close:", broker.Publish("order.paid", "late"))

	names := make([]string, 0, len(subs))
	for name := range subs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		s := subs[name]
		fmt.Printf("%-9s (%d): %s\n", s.Name, len(s.Received), strings.Join(s.Received, " "))
	}
}
