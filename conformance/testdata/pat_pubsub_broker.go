package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

type Message struct {
	Topic string
	Body  string
}

func (m Message) String() string { return m.Topic + "/" + m.Body }

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan Message
}

func NewBroker() *Broker { return &Broker{subs: make(map[string][]chan Message)} }

func (b *Broker) Subscribe(topic string) <-chan Message {
	ch := make(chan Message, 4)
	b.mu.Lock()
	defer b.mu.Unlock()
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

// Publish delivers m to every subscriber of its topic and reports how many got it.
func (b *Broker) Publish(m Message) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs[m.Topic] {
		ch <- m
	}
	return len(b.subs[m.Topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, list := range b.subs {
		for _, ch := range list {
			close(ch)
		}
	}
	clear(b.subs)
}

func main() {
	broker := NewBroker()
	subscriptions := map[string][]string{
		"alice": {"news", "sports"},
		"bob":   {"news"},
		"carol": {"weather", "sports"},
	}
	var mu sync.Mutex
	received := make(map[string][]string)
	var subWG sync.WaitGroup
	for name, topics := range subscriptions {
		for _, t := range topics {
			ch := broker.Subscribe(t)
			subWG.Go(func() {
				for m := range ch {
					mu.Lock()
					received[name] = append(received[name], m.String())
					mu.Unlock()
				}
			})
		}
	}

	var delivered atomic.Int64
	var pubWG sync.WaitGroup
	topics := []string{"news", "sports", "weather", "finance"}
	for p := range 3 {
		pubWG.Go(func() {
			for i, t := range topics {
				n := broker.Publish(Message{Topic: t, Body: fmt.Sprintf("p%d-m%d", p, i)})
				delivered.Add(int64(n))
			}
		})
	}
	pubWG.Wait()
	broker.Close()
	subWG.Wait()

	for _, n := range slices.Sorted(maps.Keys(received)) {
		msgs := received[n]
		slices.Sort(msgs)
		fmt.Printf("%-6s %2d: %s\n", n, len(msgs), strings.Join(msgs, " "))
	}
	fmt.Println("total deliveries:", delivered.Load())
}
