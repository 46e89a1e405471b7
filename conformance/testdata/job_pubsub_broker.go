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

type Broker struct {
	mu     sync.RWMutex
	subs   map[string]map[int]chan Message
	nextID int
	closed bool
}

func NewBroker() *Broker {
	return &Broker{subs: make(map[string]map[int]chan Message)}
}

func (b *Broker) Subscribe(topic string, buf int) (int, <-chan Message) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nextID++
	ch := make(chan Message, buf)
	if b.subs[topic] == nil {
		b.subs[topic] = make(map[int]chan Message)
	}
	b.subs[topic][b.nextID] = ch
	return b.nextID, ch
}

func (b *Broker) Unsubscribe(topic string, id int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if ch, ok := b.subs[topic][id]; ok {
		delete(b.subs[topic], id)
		close(ch)
	}
}

// Publish blocks until every current subscriber has the message buffered.
func (b *Broker) Publish(m Message) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return 0
	}
	n := 0
	for _, ch := range b.subs[m.Topic] {
		ch <- m
		n++
	}
	return n
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	for _, byID := range b.subs {
		for id, ch := range byID {
			close(ch)
			delete(byID, id)
		}
	}
}

func main() {
	broker := NewBroker()
	var wg sync.WaitGroup
	var mu sync.Mutex
	received := map[string][]string{}

	listen := func(name string, ch <-chan Message) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range ch {
				mu.Lock()
				received[name] = append(received[name], fmt.Sprintf("%s#%d:%s", m.Topic, m.Seq, m.Body))
				mu.Unlock()
			}
		}()
	}

	_, aliceOrders := broker.Subscribe("orders", 2)
	bobOrdersID, bobOrders := broker.Subscribe("orders", 0)
	_, bobPayments := broker.Subscribe("payments", 1)
	_, carolPayments := broker.Subscribe("payments", 8)
	listen("alice/orders", aliceOrders)
	listen("bob/orders", bobOrders)
	listen("bob/payments", bobPayments)
	listen("carol/payments", carolPayments)

	deliveries := map[string]int{}
	publish := func(topic, body string, seq int) {
		deliveries[topic] += broker.Publish(Message{Topic: topic, Seq: seq, Body: body})
	}

	for i := 1; i <= 4; i++ {
		publish("orders", fmt.Sprintf("order-%d", 100+i), i)
		publish("payments", fmt.Sprintf("pay-%d", 200+i), i)
	}
	broker.Unsubscribe("orders", bobOrdersID)
	for i := 5; i <= 6; i++ {
		publish("orders", fmt.Sprintf("order-%d", 100+i), i)
	}
	publish("audit", "nobody listens", 1)
	broker.Close()
	publish("orders", "after close", 99)
	wg.Wait()

	names := make([]string, 0, len(received))
	for name := range received {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Printf("%-15s %d msgs: %s\n", name, len(received[name]), strings.Join(received[name], " "))
	}
	topics := []string{"audit", "orders", "payments"}
	for _, t := range topics {
		fmt.Printf("deliveries[%s]=%d\n", t, deliveries[t])
	}
}
