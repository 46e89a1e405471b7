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
	Text  string
}

type subscribeReq struct {
	name   string
	topics []string
	inbox  chan Message
}

// Broker owns all subscription state inside one goroutine; other
// goroutines talk to it only through channels.
type Broker struct {
	subscribe   chan subscribeReq
	unsubscribe chan string
	publish     chan Message
	stop        chan struct{}
	finished    chan map[string]int
}

func NewBroker() *Broker {
	b := &Broker{
		subscribe:   make(chan subscribeReq),
		unsubscribe: make(chan string),
		publish:     make(chan Message),
		stop:        make(chan struct{}),
		finished:    make(chan map[string]int, 1),
	}
	go b.run()
	return b
}

func (b *Broker) run() {
	subs := map[string]subscribeReq{}
	delivered := map[string]int{}
	for {
		select {
		case r := <-b.subscribe:
			subs[r.name] = r
		case name := <-b.unsubscribe:
			close(subs[name].inbox)
			delete(subs, name)
		case m := <-b.publish:
			for name, s := range subs {
				for _, t := range s.topics {
					if t == m.Topic {
						s.inbox <- m
						delivered[name]++
					}
				}
			}
		case <-b.stop:
			for _, s := range subs {
				close(s.inbox)
			}
			b.finished <- delivered
			return
		}
	}
}

func main() {
	broker := NewBroker()
	type sub struct {
		name   string
		topics []string
	}
	plan := []sub{
		{"dashboard", []string{"grades", "news", "alerts"}},
		{"student-ana", []string{"grades"}},
		{"student-ben", []string{"grades", "news"}},
		{"ops", []string{"alerts"}},
	}
	received := make(map[string][]string)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, p := range plan {
		inbox := make(chan Message, 4)
		broker.subscribe <- subscribeReq{p.name, p.topics, inbox}
		wg.Go(func() {
			var got []string
			for m := range inbox {
				got = append(got, fmt.Sprintf("%s#%d:%s", m.Topic, m.Seq, m.Text))
			}
			mu.Lock()
			received[p.name] = got
			mu.Unlock()
		})
	}

	msgs := []Message{
		{"news", 1, "lab moved"}, {"grades", 2, "hw1 out"}, {"alerts", 3, "cluster busy"},
		{"grades", 4, "hw2 out"}, {"news", 5, "guest talk"}, {"sports", 6, "nobody listens"},
	}
	for _, m := range msgs[:4] {
		broker.publish <- m
	}
	broker.unsubscribe <- "student-ana"
	for _, m := range msgs[4:] {
		broker.publish <- m
	}
	close(broker.stop)
	delivered := <-broker.finished
	wg.Wait()

	names := make([]string, 0, len(received))
	for n := range received {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s received %d message(s)\n", n, len(received[n]))
		for _, line := range received[n] {
			fmt.Println("   ", line)
		}
	}
	fmt.Println("delivery counts from broker:")
	for _, n := range names {
		fmt.Printf("  %-12s %d\n", n, delivered[n])
	}
	fmt.Println("subscribers:", strings.Join(names, ", "))
}
