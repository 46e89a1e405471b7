package main

import (
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN", "ERROR"}[l] }

type Event struct {
	Seq     int
	Tick    int
	Level   Level
	Source  string
	Message string
}

func (e Event) String() string {
	return fmt.Sprintf("#%02d t=%-3d %-5v %-6s %s", e.Seq, e.Tick, e.Level, e.Source, e.Message)
}

type Log[E any] struct {
	entries []E
}

func (l *Log[E]) Append(e E)       { l.entries = append(l.entries, e) }
func (l *Log[E]) Len() int         { return len(l.entries) }
func (l *Log[E]) All() iter.Seq[E] { return slices.Values(l.entries) }

func (l *Log[E]) Get(i int) (E, error) {
	if i < 0 || i >= len(l.entries) {
		var zero E
		return zero, fmt.Errorf("event %d does not exist (have %d)", i, len(l.entries))
	}
	return l.entries[i], nil
}

type Query[E any] func(E) bool

func (q Query[E]) And(o Query[E]) Query[E] { return func(e E) bool { return q(e) && o(e) } }
func (q Query[E]) Or(o Query[E]) Query[E]  { return func(e E) bool { return q(e) || o(e) } }

func Where[E any](seq iter.Seq[E], q Query[E]) iter.Seq[E] {
	return func(yield func(E) bool) {
		for e := range seq {
			if q(e) && !yield(e) {
				return
			}
		}
	}
}

func Take[E any](seq iter.Seq[E], n int) iter.Seq[E] {
	return func(yield func(E) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for e := range seq {
			if !yield(e) {
				return
			}
			if i++; i == n {
				return
			}
		}
	}
}

func GroupCount[E any, K comparable](seq iter.Seq[E], key func(E) K) map[K]int {
	out := map[K]int{}
	for e := range seq {
		out[key(e)]++
	}
	return out
}

func AtLeast(l Level) Query[Event]     { return func(e Event) bool { return e.Level >= l } }
func FromSource(s string) Query[Event] { return func(e Event) bool { return e.Source == s } }
func Between(a, b int) Query[Event]    { return func(e Event) bool { return e.Tick >= a && e.Tick < b } }

func main() {
	var log Log[Event]
	raw := []string{"3 INFO api started", "5 DEBUG db pool=4", "9 WARN api slow request",
		"12 ERROR db connection reset", "15 INFO auth login ok", "18 WARN auth bad password",
		"21 ERROR api upstream timeout", "22 INFO db reconnected", "30 DEBUG api gc"}
	levels := map[string]Level{"DEBUG": Debug, "INFO": Info, "WARN": Warn, "ERROR": Error}
	for i, r := range raw {
		f := strings.SplitN(r, " ", 4)
		tick, err := strconv.Atoi(f[0])
		if err != nil {
			fmt.Println("skipping:", err)
			continue
		}
		log.Append(Event{Seq: i, Tick: tick, Level: levels[f[1]], Source: f[2], Message: f[3]})
	}
	fmt.Println("events:", log.Len())
	fmt.Println("-- warnings and errors:")
	for e := range Where(log.All(), AtLeast(Warn)) {
		fmt.Println(e)
	}
	fmt.Println("-- api or db between t=10 and t=25:")
	for e := range Where(log.All(), FromSource("api").Or(FromSource("db")).And(Between(10, 25))) {
		fmt.Println(e)
	}
	fmt.Println("-- first two info+:")
	for e := range Take(Where(log.All(), AtLeast(Info)), 2) {
		fmt.Println(e)
	}
	counts := GroupCount(log.All(), func(e Event) Level { return e.Level })
	for l := Debug; l <= Error; l++ {
		fmt.Printf("%v: %d\n", l, counts[l])
	}
	if _, err := log.Get(42); err != nil {
		fmt.Println("error:", err)
	}
}
