package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Message struct {
	Topic, Body string
}

func (m Message) String() string { return m.Topic + ":" + m.Body }

type Broker struct {
	mu   sync.RWMutex
	subs map[string][]chan Message
	all  []chan Message
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan Message{}} }

func (b *Broker) Subscribe(topics ...string) <-chan Message {
	ch := make(chan Message, 16)
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, t := range topics {
		b.subs[t] = append(b.subs[t], ch)
	}
	b.all = append(b.all, ch)
	return ch
}

func (b *Broker) Publish(topic, body string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, ch := range b.subs[topic] {
		ch <- Message{topic, body}
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.all {
		close(ch)
	}
	b.subs = nil
}

func main() {
	broker := NewBroker()
	names := []string{"alice", "bob", "carol"}
	chans := []<-chan Message{
		broker.Subscribe("sports", "news"),
		broker.Subscribe("weather"),
		broker.Subscribe("news", "weather", "sports"),
	}
	received := make([][]string, len(chans))
	var wg sync.WaitGroup
	for i, ch := range chans {
		wg.Go(func() {
			for m := range ch {
				received[i] = append(received[i], m.String())
			}
		})
	}
	var pubs sync.WaitGroup
	var mu sync.Mutex
	delivered := 0
	for p, topic := range []string{"news", "sports", "weather", "tech"} {
		pubs.Go(func() {
			for i := range 2 {
				n := broker.Publish(topic, fmt.Sprintf("m%d%d", p, i))
				mu.Lock()
				delivered += n
				mu.Unlock()
			}
		})
	}
	pubs.Wait()
	broker.Close()
	wg.Wait()
	for i, name := range names {
		slices.Sort(received[i])
		fmt.Printf("%-5s (%d) %s\n", name, len(received[i]), strings.Join(received[i], " "))
	}
	fmt.Println("deliveries:", delivered)
}
