package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type message struct {
	topic string
	body  string
}

type command struct {
	kind  string // "sub", "unsub", "pub"
	topic string
	name  string
	ch    chan message
	body  string
	ack   chan int
}

// Broker is an actor: one goroutine owns the subscription table.
type Broker struct {
	cmds chan command
	done chan struct{}
}

func NewBroker() *Broker {
	b := &Broker{cmds: make(chan command), done: make(chan struct{})}
	go b.run()
	return b
}

func (b *Broker) run() {
	defer close(b.done)
	subs := make(map[string]map[string]chan message)
	for cmd := range b.cmds {
		switch cmd.kind {
		case "sub":
			if subs[cmd.topic] == nil {
				subs[cmd.topic] = make(map[string]chan message)
			}
			subs[cmd.topic][cmd.name] = cmd.ch
			cmd.ack <- len(subs[cmd.topic])
		case "unsub":
			delete(subs[cmd.topic], cmd.name)
			cmd.ack <- len(subs[cmd.topic])
		case "pub":
			names := make([]string, 0, len(subs[cmd.topic]))
			for n := range subs[cmd.topic] {
				names = append(names, n)
			}
			sort.Strings(names)
			for _, n := range names {
				subs[cmd.topic][n] <- message{cmd.topic, cmd.body}
			}
			cmd.ack <- len(names)
		}
	}
}

func (b *Broker) do(c command) int {
	c.ack = make(chan int)
	b.cmds <- c
	return <-c.ack
}

type Subscriber struct {
	name     string
	inbox    chan message
	received []string
	wg       sync.WaitGroup
}

func NewSubscriber(name string) *Subscriber {
	s := &Subscriber{name: name, inbox: make(chan message, 4)}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		for m := range s.inbox {
			s.received = append(s.received, m.topic+":"+m.body)
		}
	}()
	return s
}

func main() {
	broker := NewBroker()
	alice := NewSubscriber("alice")
	bob := NewSubscriber("bob")
	carol := NewSubscriber("carol")
	all := []*Subscriber{alice, bob, carol}

	sub := func(s *Subscriber, topic string) {
		n := broker.do(command{kind: "sub", topic: topic, name: s.name, ch: s.inbox})
		fmt.Printf("%s subscribed to %s (%d subscribers)\n", s.name, topic, n)
	}
	pub := func(topic, body string) {
		n := broker.do(command{kind: "pub", topic: topic, body: body})
		fmt.Printf("publish %s/%s -> %d deliveries\n", topic, body, n)
	}

	sub(alice, "news")
	sub(bob, "news")
	sub(bob, "sports")
	sub(carol, "weather")
	pub("news", "election")
	pub("sports", "final")
	pub("weather", "rain")
	pub("tech", "nobody-listens")
	sub(carol, "news")
	pub("news", "budget")
	n := broker.do(command{kind: "unsub", topic: "news", name: "bob"})
	fmt.Printf("bob unsubscribed from news (%d left)\n", n)
	pub("news", "recap")
	pub("sports", "transfer")

	close(broker.cmds)
	<-broker.done
	for _, s := range all {
		close(s.inbox)
		s.wg.Wait()
	}
	for _, s := range all {
		fmt.Printf("%-5s got %d: %s\n", s.name, len(s.received), strings.Join(s.received, ", "))
	}
}
