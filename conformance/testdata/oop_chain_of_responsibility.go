package main

import (
	"fmt"
	"strings"
)

type Ticket struct {
	ID, Severity int
	Topic        string
}

// Handler either handles a ticket or passes it to the next handler.
type Handler interface {
	SetNext(h Handler) Handler
	Handle(t Ticket) string
}

type base struct{ next Handler }

func (b *base) SetNext(h Handler) Handler { b.next = h; return h }
func (b *base) pass(t Ticket) string {
	if b.next == nil {
		return fmt.Sprintf("ticket %d: unhandled", t.ID)
	}
	return b.next.Handle(t)
}

type FAQBot struct {
	base
	Answers map[string]string
}

func (f *FAQBot) Handle(t Ticket) string {
	if a, ok := f.Answers[t.Topic]; ok && t.Severity <= 1 {
		return fmt.Sprintf("ticket %d: bot answered %q", t.ID, a)
	}
	return f.pass(t)
}

type Agent struct {
	base
	Name     string
	MaxLevel int
	handled  int
}

func (a *Agent) Handle(t Ticket) string {
	if t.Severity <= a.MaxLevel {
		a.handled++
		return fmt.Sprintf("ticket %d: %s (level %d) took it", t.ID, a.Name, a.MaxLevel)
	}
	return a.pass(t)
}

type Escalation struct {
	base
	Log []int
}

func (e *Escalation) Handle(t Ticket) string {
	if strings.HasPrefix(t.Topic, "security") {
		e.Log = append(e.Log, t.ID)
		return fmt.Sprintf("ticket %d: paged security on-call", t.ID)
	}
	return e.pass(t)
}

func main() {
	bot := &FAQBot{Answers: map[string]string{"password": "use the reset link", "billing": "see invoices page"}}
	junior := &Agent{Name: "Jo", MaxLevel: 2}
	senior := &Agent{Name: "Sam", MaxLevel: 4}
	esc := &Escalation{}

	bot.SetNext(esc).SetNext(junior).SetNext(senior)

	tickets := []Ticket{
		{1, 1, "password"}, {2, 2, "password"}, {3, 3, "billing"},
		{4, 5, "security-breach"}, {5, 5, "outage"}, {6, 0, "billing"}, {7, 1, "security-question"},
	}
	for _, t := range tickets {
		fmt.Println(bot.Handle(t))
	}
	fmt.Printf("jo=%d sam=%d escalated=%v %+v\n", junior.handled, senior.handled, esc.Log, tickets[3])

	var chain []string
	for h := Handler(bot); h != nil; {
		chain = append(chain, fmt.Sprintf("%T", h))
		switch v := h.(type) {
		case *FAQBot:
			h = v.next
		case *Agent:
			h = v.next
		case *Escalation:
			h = v.next
		}
	}
	fmt.Println(strings.Join(chain, " -> "))
}
