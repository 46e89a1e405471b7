// Observer pattern: a stock ticker notifies several kinds of observers.
package main

import (
	"fmt"
	"strings"
)

type Quote struct {
	Symbol string
	Price  float64
	Tick   int
}

type Observer interface {
	Notify(q Quote)
	Report() string
}

// base provides a shared name and event counter via embedding.
type base struct {
	name  string
	count int
}

func (b *base) seen()         { b.count++ }
func (b *base) label() string { return fmt.Sprintf("%s(%d events)", b.name, b.count) }

type Logger struct {
	base
	lines []string
}

func (l *Logger) Notify(q Quote) {
	l.seen()
	l.lines = append(l.lines, fmt.Sprintf("%s@%.2f", q.Symbol, q.Price))
}
func (l *Logger) Report() string {
	return l.label() + " last=" + l.lines[len(l.lines)-1]
}

type Threshold struct {
	base
	Symbol string
	Limit  float64
	alerts []int
	above  bool
}

func (t *Threshold) Notify(q Quote) {
	t.seen()
	if q.Symbol != t.Symbol {
		return
	}
	now := q.Price > t.Limit
	if now && !t.above {
		t.alerts = append(t.alerts, q.Tick)
		fmt.Printf("  ALERT %s crossed above %.2f at tick %d\n", q.Symbol, t.Limit, q.Tick)
	}
	t.above = now
}
func (t *Threshold) Report() string {
	return fmt.Sprintf("%s alerts at ticks %v", t.label(), t.alerts)
}

type MovingAvg struct {
	base
	window int
	prices map[string][]float64
}

func (m *MovingAvg) Notify(q Quote) {
	m.seen()
	p := append(m.prices[q.Symbol], q.Price)
	if len(p) > m.window {
		p = p[1:]
	}
	m.prices[q.Symbol] = p
}
func (m *MovingAvg) Report() string {
	var parts []string
	for _, sym := range []string{"ACME", "GLOBX"} {
		sum := 0.0
		for _, v := range m.prices[sym] {
			sum += v
		}
		parts = append(parts, fmt.Sprintf("%s=%.2f", sym, sum/float64(len(m.prices[sym]))))
	}
	return m.label() + " avg " + strings.Join(parts, " ")
}

type Ticker struct {
	observers []Observer
	tick      int
}

func (t *Ticker) Attach(o Observer) func() {
	t.observers = append(t.observers, o)
	return func() {
		for i, x := range t.observers {
			if x == o {
				t.observers = append(t.observers[:i], t.observers[i+1:]...)
				return
			}
		}
	}
}

func (t *Ticker) Publish(sym string, price float64) {
	t.tick++
	q := Quote{sym, price, t.tick}
	fmt.Printf("tick %2d %-5s %7.2f -> %d observers\n", t.tick, sym, price, len(t.observers))
	for _, o := range t.observers {
		o.Notify(q)
	}
}

func main() {
	tk := &Ticker{}
	log := &Logger{base: base{name: "logger"}}
	alert := &Threshold{base: base{name: "threshold"}, Symbol: "ACME", Limit: 101}
	avg := &MovingAvg{base: base{name: "mavg"}, window: 3, prices: map[string][]float64{}}
	tk.Attach(log)
	detachAlert := tk.Attach(alert)
	tk.Attach(avg)

	feed := []Quote{
		{"ACME", 100.0, 0}, {"GLOBX", 50.5, 0}, {"ACME", 101.5, 0}, {"ACME", 100.2, 0},
		{"GLOBX", 51.0, 0}, {"ACME", 102.3, 0}, {"GLOBX", 49.8, 0}, {"ACME", 103.0, 0},
	}
	for i, q := range feed {
		if i == 6 {
			detachAlert()
			fmt.Println("  (threshold observer detached)")
		}
		tk.Publish(q.Symbol, q.Price)
	}
	for _, o := range []Observer{log, alert, avg} {
		fmt.Println(o.Report())
	}
}
