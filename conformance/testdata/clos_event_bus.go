package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Name    string
	Payload any
}

type Handler func(Event) error

type Bus struct {
	handlers map[string][]Handler
	log      []string
}

func NewBus() *Bus {
	return &Bus{handlers: make(map[string][]Handler)}
}

func (b *Bus) On(name string, h Handler) {
	b.handlers[name] = append(b.handlers[name], h)
}

func (b *Bus) Emit(e Event) int {
	hs, ok := b.handlers[e.Name]
	if !ok {
		b.log = append(b.log, fmt.Sprintf("no handlers for %q", e.Name))
		return 0
	}
	failures := 0
	for i, h := range hs {
		if err := h(e); err != nil {
			failures++
			b.log = append(b.log, fmt.Sprintf("%s handler #%d failed: %v", e.Name, i, err))
		}
	}
	return failures
}

func main() {
	bus := NewBus()
	counts := map[string]int{}

	topics := []string{"login", "logout", "purchase"}
	for _, topic := range topics {
		// each closure captures its own copy of topic (Go 1.22+)
		bus.On(topic, func(e Event) error {
			counts[topic]++
			return nil
		})
	}

	var total float64
	for i, limit := range []float64{100, 50} {
		bus.On("purchase", func(e Event) error {
			amount, ok := e.Payload.(float64)
			if !ok {
				return fmt.Errorf("payload %v is %T, not float64", e.Payload, e.Payload)
			}
			if amount > limit {
				return fmt.Errorf("amount %.2f exceeds limit #%d (%.0f)", amount, i, limit)
			}
			if i == 0 {
				total += amount
			}
			return nil
		})
	}

	var users []string
	bus.On("login", func(e Event) error {
		if name, ok := e.Payload.(string); ok {
			users = append(users, strings.ToUpper(name))
			return nil
		}
		return fmt.Errorf("bad login payload")
	})

	events := []Event{
		{"login", "alice"},
		{"purchase", 30.0},
		{"purchase", 75.5},
		{"login", "bob"},
		{"purchase", "free"},
		{"signup", "carol"},
		{"purchase", 250.0},
		{"login", 42},
		{"logout", "alice"},
	}

	totalFailures := 0
	for _, e := range events {
		totalFailures += bus.Emit(e)
	}

	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-9s seen %d time(s)\n", k, counts[k])
	}
	fmt.Printf("users: %v\n", users)
	fmt.Printf("accepted purchase total: %.2f\n", total)
	fmt.Printf("failures: %d\n", totalFailures)
	for _, line := range bus.log {
		fmt.Println(" -", line)
	}
}
