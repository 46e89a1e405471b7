// A message broker with topics and channel-based subscribers.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Message struct {
	Topic string
	Seq   int
	Body  string
}

type Subscriber struct {
	Name   string
	inbox  chan Message
	got    []Message
	filter func(Message) bool
}

type Broker struct {
	mu     sync.Mutex
	topics map[string][]*Subscriber
	seq    int
	wg     sync.WaitGroup
}

func NewBroker() *Broker { return &Broker{topics: make(map[string][]*Subscriber)} }

func (b *Broker) Subscribe(name string, filter func(Message) bool, topics ...string) *Subscriber {
	s := &Subscriber{Name: name, inbox: make(chan Message, 4), filter: filter}
	b.mu.Lock()
	for _, t := range topics {
		b.topics[t] = append(b.topics[t], s)
	}
	b.mu.Unlock()
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		for m := range s.inbox {
			if s.filter == nil || s.filter(m) {
				s.got = append(s.got, m)
			}
		}
	}()
	return s
}

func (b *Broker) Publish(topic, body string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.seq++
	m := Message{Topic: topic, Seq: b.seq, Body: body}
	subs := b.topics[topic]
	for _, s := range subs {
		s.inbox <- m
	}
	return len(subs)
}

// Close shuts down every subscriber exactly once and waits for them.
func (b *Broker) Close() {
	b.mu.Lock()
	seen := map[*Subscriber]bool{}
	for _, subs := range b.topics {
		for _, s := range subs {
			if !seen[s] {
				seen[s] = true
				close(s.inbox)
			}
		}
	}
	b.mu.Unlock()
	b.wg.Wait()
}

func main() {
	b := NewBroker()
	audit := b.Subscribe("audit", nil, "orders", "payments", "shipping")
	billing := b.Subscribe("billing", nil, "payments")
	big := b.Subscribe("big-orders", func(m Message) bool {
		return strings.Contains(m.Body, "qty=")
	}, "orders")
	warehouse := b.Subscribe("warehouse", nil, "orders", "shipping")

	events := [][2]string{
		{"orders", "create #1 qty=2"},
		{"payments", "charge #1 $20"},
		{"orders", "note #1 gift-wrap"},
		{"shipping", "ship #1"},
		{"orders", "create #2 qty=5"},
		{"returns", "return #0"},
		{"payments", "charge #2 $75"},
		{"payments", "refund #1 $20"},
	}
	for _, e := range events {
		n := b.Publish(e[0], e[1])
		fmt.Printf("publish %-8s %-20q -> %d subscriber(s)\n", e[0], e[1], n)
	}
	b.Close()

	subs := []*Subscriber{audit, billing, big, warehouse}
	sort.Slice(subs, func(i, j int) bool { return subs[i].Name < subs[j].Name })
	for _, s := range subs {
		fmt.Printf("%s received %d:\n", s.Name, len(s.got))
		for _, m := range s.got {
			fmt.Printf("  #%d [%s] %s\n", m.Seq, m.Topic, m.Body)
		}
	}
	topics := make([]string, 0, len(b.topics))
	for t := range b.topics {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	fmt.Println("topics:", strings.Join(topics, ","))
}
