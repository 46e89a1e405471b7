package main

import (
	"fmt"
	"sort"
	"sync"
)

type Message struct {
	ID         int
	Body       string
	Deliveries int
}

type Outcome int

const (
	Ack Outcome = iota
	Nack
)

func (o Outcome) String() string {
	if o == Ack {
		return "ack"
	}
	return "nack"
}

type Broker struct {
	mu       sync.Mutex
	pending  []*Message
	acked    []*Message
	dead     []*Message
	maxTries int
}

func (b *Broker) Publish(id int, body string) {
	b.pending = append(b.pending, &Message{ID: id, Body: body})
}

// Round delivers every pending message to a consumer goroutine and
// collects ack/nack outcomes; nacked messages are requeued.
func (b *Broker) Round(handle func(*Message) Outcome) {
	batch := b.pending
	b.pending = nil
	var wg sync.WaitGroup
	for _, m := range batch {
		m.Deliveries++
		wg.Add(1)
		go func() {
			defer wg.Done()
			out := handle(m)
			b.mu.Lock()
			defer b.mu.Unlock()
			switch {
			case out == Ack:
				b.acked = append(b.acked, m)
			case m.Deliveries >= b.maxTries:
				b.dead = append(b.dead, m)
			default:
				b.pending = append(b.pending, m)
			}
		}()
	}
	wg.Wait()
	sort.Slice(b.pending, func(i, j int) bool { return b.pending[i].ID < b.pending[j].ID })
}

func main() {
	b := &Broker{maxTries: 3}
	for i := 1; i <= 8; i++ {
		b.Publish(i, fmt.Sprintf("msg-%d", i))
	}
	handler := func(m *Message) Outcome {
		// message i succeeds on delivery number i%4 (0 means never)
		need := m.ID % 4
		if need != 0 && m.Deliveries >= need {
			return Ack
		}
		return Nack
	}
	for round := 1; len(b.pending) > 0; round++ {
		b.Round(handler)
		fmt.Printf("round %d: pending=%d acked=%d dead=%d\n", round, len(b.pending), len(b.acked), len(b.dead))
	}
	byID := func(s []*Message) {
		sort.Slice(s, func(i, j int) bool { return s[i].ID < s[j].ID })
	}
	byID(b.acked)
	byID(b.dead)
	for _, m := range b.acked {
		fmt.Printf("%v %s deliveries=%d\n", Ack, m.Body, m.Deliveries)
	}
	for _, m := range b.dead {
		fmt.Printf("dead %s deliveries=%d\n", m.Body, m.Deliveries)
	}
}
