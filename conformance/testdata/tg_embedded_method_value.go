package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()         { c.n++ }
func (c Counter) Snapshot() int { return c.n }
func (c *Counter) Label() string {
	return fmt.Sprintf("%s:%d", c.name, c.n)
}

type Logger struct {
	lines []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) }

// Service embeds pointers, so its promoted methods act on shared state.
type Service struct {
	*Counter
	*Logger
	id string
}

// Job embeds a Counter by value; copies of Job have independent counters.
type Job struct {
	Counter
	steps []string
}

func main() {
	shared := &Counter{name: "requests"}
	log := &Logger{}
	a := Service{Counter: shared, Logger: log, id: "a"}
	b := Service{Counter: shared, Logger: log, id: "b"}

	incA := a.Inc       // bound to a.Counter (the pointer value at this moment)
	snapA := a.Snapshot // receiver *a.Counter is copied NOW (value receiver)
	logB := b.Log

	incA()
	incA()
	b.Inc()
	logB("after three increments: " + a.Label())
	fmt.Println("snapshot taken early:", snapA())
	fmt.Println("current via b:", b.Snapshot())

	// Rebinding a.Counter does not affect the already-bound method value.
	a.Counter = &Counter{name: "private"}
	incA()
	a.Inc()
	fmt.Println("a:", a.Label(), "b:", b.Label())

	// Method expressions take the receiver explicitly.
	inc := (*Counter).Inc
	label := (*Counter).Label
	inc(b.Counter)
	fmt.Println("method expr:", label(b.Counter))

	// Value-embedded counter: method value on addressable field binds &j.Counter.
	j := Job{Counter: Counter{name: "job"}}
	jInc := j.Inc
	jSnap := j.Snapshot
	jInc()
	jInc()
	copyJ := j
	copyJ.Inc()
	fmt.Println("job:", j.Label(), "copy:", copyJ.Label(), "early snapshot:", jSnap())

	// Storing method values in a slice of actions.
	actions := []struct {
		name string
		fn   func()
	}{
		{"a.inc", a.Inc},
		{"b.inc", b.Inc},
		{"job.inc", j.Inc},
	}
	for round := 0; round < 2; round++ {
		for _, act := range actions {
			act.fn()
			log.Log(fmt.Sprintf("round %d %s -> %s %s %s", round, act.name, a.Label(), b.Label(), j.Label()))
		}
	}

	// Interface holding a Service uses the promoted pointer method set.
	type labeler interface{ Label() string }
	var items []labeler = []labeler{a, b, &j, shared}
	var parts []string
	for _, it := range items {
		parts = append(parts, it.Label())
	}
	log.Log("labels: " + strings.Join(parts, ", "))

	for i, line := range log.lines {
		fmt.Printf("%02d %s\n", i, line)
	}
}
