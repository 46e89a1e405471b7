package main

import (
	"fmt"
	"sort"
)

type Observer interface {
	Update(symbol string, price float64)
}

type Subject struct {
	observers map[int]Observer
	nextID    int
}

func (s *Subject) Subscribe(o Observer) (unsubscribe func()) {
	if s.observers == nil {
		s.observers = make(map[int]Observer)
	}
	id := s.nextID
	s.nextID++
	s.observers[id] = o
	return func() { delete(s.observers, id) }
}

func (s *Subject) Notify(symbol string, price float64) {
	ids := make([]int, 0, len(s.observers))
	for id := range s.observers {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		s.observers[id].Update(symbol, price)
	}
}

type Ticker struct {
	Subject
	prices map[string]float64
}

func NewTicker() *Ticker { return &Ticker{prices: map[string]float64{}} }

func (t *Ticker) SetPrice(symbol string, p float64) {
	if old, ok := t.prices[symbol]; ok && old == p {
		return
	}
	t.prices[symbol] = p
	t.Notify(symbol, p)
}

type ConsoleLogger struct{ prefix string }

func (c ConsoleLogger) Update(sym string, p float64) {
	fmt.Printf("%s %s -> %.2f\n", c.prefix, sym, p)
}

type ThresholdAlert struct {
	symbol string
	limit  float64
	fired  int
}

func (a *ThresholdAlert) Update(sym string, p float64) {
	if sym == a.symbol && p > a.limit {
		a.fired++
		fmt.Printf("  !! %s above %.2f (now %.2f)\n", sym, a.limit, p)
	}
}

type Averager struct {
	sum   map[string]float64
	count map[string]int
}

func (a *Averager) Update(sym string, p float64) {
	a.sum[sym] += p
	a.count[sym]++
}

func (a *Averager) Report() {
	syms := make([]string, 0, len(a.sum))
	for s := range a.sum {
		syms = append(syms, s)
	}
	sort.Strings(syms)
	for _, s := range syms {
		fmt.Printf("avg %-4s %.3f over %d updates\n", s, a.sum[s]/float64(a.count[s]), a.count[s])
	}
}

// ObserverFunc lets a closure act as an observer.
type ObserverFunc func(string, float64)

func (f ObserverFunc) Update(s string, p float64) { f(s, p) }

func main() {
	t := NewTicker()
	stopLog := t.Subscribe(ConsoleLogger{"[log]"})
	alert := &ThresholdAlert{symbol: "ACME", limit: 120}
	t.Subscribe(alert)
	avg := &Averager{sum: map[string]float64{}, count: map[string]int{}}
	t.Subscribe(avg)
	changes := 0
	t.Subscribe(ObserverFunc(func(string, float64) { changes++ }))

	t.SetPrice("ACME", 100)
	t.SetPrice("GLOB", 55.5)
	t.SetPrice("ACME", 125)
	t.SetPrice("ACME", 125)
	t.SetPrice("GLOB", 54.25)
	stopLog()
	fmt.Println("logger unsubscribed")
	t.SetPrice("ACME", 130.5)
	t.SetPrice("INIT", 10)
	t.SetPrice("ACME", 119)

	avg.Report()
	fmt.Printf("alert fired %d times, %d changes, %d observers left\n",
		alert.fired, changes, len(t.observers))
}
