package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Topic is a typed channel of events with synchronous delivery.
type Topic[E any] struct {
	name     string
	nextID   int
	handlers map[int]func(E)
	history  []E
}

type Subscription struct {
	cancel func()
}

func (s Subscription) Cancel() { s.cancel() }

func NewTopic[E any](name string) *Topic[E] {
	return &Topic[E]{name: name, handlers: map[int]func(E){}}
}

func (t *Topic[E]) Subscribe(h func(E)) Subscription {
	id := t.nextID
	t.nextID++
	t.handlers[id] = h
	return Subscription{cancel: func() { delete(t.handlers, id) }}
}

func (t *Topic[E]) Publish(e E) int {
	t.history = append(t.history, e)
	ids := slices.Sorted(maps.Keys(t.handlers)) // deliver in subscription order
	for _, id := range ids {
		t.handlers[id](e)
	}
	return len(ids)
}

// Filtered subscribes a handler that only sees matching events.
func Filtered[E any](t *Topic[E], pred func(E) bool, h func(E)) Subscription {
	return t.Subscribe(func(e E) {
		if pred(e) {
			h(e)
		}
	})
}

// Relay forwards transformed events from one topic to another.
func Relay[A, B any](from *Topic[A], to *Topic[B], f func(A) B) Subscription {
	return from.Subscribe(func(a A) { to.Publish(f(a)) })
}

type UserCreated struct {
	ID   int
	Name string
}

type AuditLine string

type Metric struct {
	Name  string
	Value float64
}

func main() {
	users := NewTopic[UserCreated]("users")
	audit := NewTopic[AuditLine]("audit")
	metrics := NewTopic[Metric]("metrics")

	var log []string
	audit.Subscribe(func(a AuditLine) { log = append(log, string(a)) })
	Relay(users, audit, func(u UserCreated) AuditLine {
		return AuditLine(fmt.Sprintf("created user #%d (%s)", u.ID, u.Name))
	})
	welcome := users.Subscribe(func(u UserCreated) { fmt.Printf("welcome, %s!\n", u.Name) })

	vip := 0
	Filtered(users, func(u UserCreated) bool { return strings.HasPrefix(u.Name, "admin") }, func(u UserCreated) {
		vip++
		metrics.Publish(Metric{"admins", float64(vip)})
	})

	totals := map[string]float64{}
	metrics.Subscribe(func(m Metric) { totals[m.Name] += m.Value })

	for i, name := range []string{"alice", "admin-bob", "carol", "admin-dave"} {
		n := users.Publish(UserCreated{ID: i + 1, Name: name})
		fmt.Printf("  delivered to %d handlers\n", n)
	}
	welcome.Cancel()
	n := users.Publish(UserCreated{ID: 5, Name: "eve"})
	fmt.Println("after cancel, delivered to", n)
	welcome.Cancel()

	audit.Publish("manual entry")
	fmt.Println("audit log:")
	for i, l := range log {
		fmt.Printf("  %d. %s\n", i+1, l)
	}
	metrics.Publish(Metric{"logins", 3})
	metrics.Publish(Metric{"logins", 2.5})
	for _, k := range slices.Sorted(maps.Keys(totals)) {
		fmt.Printf("metric %-7s = %v\n", k, totals[k])
	}
	fmt.Printf("history sizes: %s=%d %s=%d %s=%d\n",
		users.name, len(users.history), audit.name, len(audit.history), metrics.name, len(metrics.history))
	fmt.Printf("%T | %+v\n", metrics, metrics.history[0])
}
