package main

import (
	"fmt"
	"strings"
	"time"
)

type Txn struct {
	ID       string
	Account  string
	Amount   int64 // cents
	Country  string
	Merchant string
	At       time.Time
}

type Verdict struct {
	Rule   string
	Score  int
	Reason string
}

// Rule inspects a transaction given the account's prior history.
type Rule interface {
	Name() string
	Check(t Txn, history []Txn) (Verdict, bool)
}

type LargeAmount struct{ Limit int64 }

func (r LargeAmount) Name() string { return "large-amount" }
func (r LargeAmount) Check(t Txn, _ []Txn) (Verdict, bool) {
	if t.Amount > r.Limit {
		return Verdict{r.Name(), 40, fmt.Sprintf("amount %d > %d", t.Amount/100, r.Limit/100)}, true
	}
	return Verdict{}, false
}

type Velocity struct {
	Window time.Duration
	Max    int
}

func (r Velocity) Name() string { return "velocity" }
func (r Velocity) Check(t Txn, h []Txn) (Verdict, bool) {
	n := 0
	for _, p := range h {
		if t.At.Sub(p.At) <= r.Window {
			n++
		}
	}
	if n >= r.Max {
		return Verdict{r.Name(), 30, fmt.Sprintf("%d txns within %v", n+1, r.Window)}, true
	}
	return Verdict{}, false
}

type ImpossibleTravel struct{ MinGap time.Duration }

func (r ImpossibleTravel) Name() string { return "impossible-travel" }
func (r ImpossibleTravel) Check(t Txn, h []Txn) (Verdict, bool) {
	if len(h) == 0 {
		return Verdict{}, false
	}
	last := h[len(h)-1]
	if last.Country != t.Country && t.At.Sub(last.At) < r.MinGap {
		return Verdict{r.Name(), 50, fmt.Sprintf("%s -> %s in %v", last.Country, t.Country, t.At.Sub(last.At))}, true
	}
	return Verdict{}, false
}

// Blocklist is a slice type that satisfies Rule through its methods.
type Blocklist []string

func (b Blocklist) Name() string { return "blocklist" }
func (b Blocklist) Check(t Txn, _ []Txn) (Verdict, bool) {
	for _, m := range b {
		if strings.EqualFold(m, t.Merchant) {
			return Verdict{b.Name(), 100, "merchant " + t.Merchant + " blocked"}, true
		}
	}
	return Verdict{}, false
}

type Engine struct {
	rules     []Rule
	threshold int
	history   map[string][]Txn
}

func (e *Engine) Evaluate(t Txn) (decision string, hits []Verdict) {
	h := e.history[t.Account]
	score := 0
	for _, r := range e.rules {
		if v, ok := r.Check(t, h); ok {
			hits = append(hits, v)
			score += v.Score
		}
	}
	e.history[t.Account] = append(h, t)
	switch {
	case score >= e.threshold:
		return fmt.Sprintf("DECLINE(%d)", score), hits
	case score > 0:
		return fmt.Sprintf("REVIEW(%d)", score), hits
	}
	return "APPROVE", hits
}

func main() {
	base := time.Date(2024, 6, 1, 9, 0, 0, 0, time.UTC)
	at := func(min int) time.Time { return base.Add(time.Duration(min) * time.Minute) }
	txns := []Txn{
		{"t1", "A-100", 4599, "US", "Coffee Co", at(0)},
		{"t2", "A-100", 120000, "US", "ElectroMart", at(5)},
		{"t3", "A-100", 899, "US", "Coffee Co", at(7)},
		{"t4", "A-100", 2500, "FR", "Cafe Paris", at(30)},
		{"t5", "B-200", 650000, "GB", "Jewels Ltd", at(10)},
		{"t6", "B-200", 1999, "GB", "shadypay", at(600)},
		{"t7", "A-100", 1500, "FR", "Boulangerie", at(300)},
		{"t8", "C-300", 300000, "DE", "Autohaus", at(20)},
		{"t9", "C-300", 250, "RU", "ShadyPay", at(40)},
	}
	e := &Engine{
		rules: []Rule{
			LargeAmount{Limit: 100000},
			Velocity{Window: 30 * time.Minute, Max: 3},
			ImpossibleTravel{MinGap: 2 * time.Hour},
			Blocklist{"ShadyPay", "FakeStore"},
		},
		threshold: 80,
		history:   map[string][]Txn{},
	}
	counts := map[string]int{}
	for _, t := range txns {
		d, hits := e.Evaluate(t)
		fmt.Printf("%s %s %s %8.2f %-12s %s\n", t.ID, t.At.Format("15:04"), t.Account, float64(t.Amount)/100, t.Merchant, d)
		for _, h := range hits {
			fmt.Printf("      [%s +%d] %s\n", h.Rule, h.Score, h.Reason)
		}
		counts[strings.SplitN(d, "(", 2)[0]]++
	}
	for _, k := range []string{"APPROVE", "REVIEW", "DECLINE"} {
		fmt.Printf("%s: %d\n", k, counts[k])
	}
}
