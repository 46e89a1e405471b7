package main

import (
	"container/heap"
	"fmt"
	"strings"
	"time"
)

type Priority int

const (
	Low Priority = iota
	Normal
	High
	Urgent
)

func (p Priority) String() string { return [...]string{"low", "normal", "high", "URGENT"}[p] }

type Message struct {
	From     string
	Subject  string
	Received time.Time
	Priority Priority
	index    int
}

type Rule interface {
	Apply(m *Message) bool
	fmt.Stringer
}

type SenderRule struct {
	Domain string
	Set    Priority
}

func (r SenderRule) Apply(m *Message) bool {
	if strings.HasSuffix(m.From, "@"+r.Domain) && m.Priority < r.Set {
		m.Priority = r.Set
		return true
	}
	return false
}
func (r SenderRule) String() string { return "sender@" + r.Domain + "=>" + r.Set.String() }

type KeywordRule struct {
	Word  string
	Delta int
}

func (r KeywordRule) Apply(m *Message) bool {
	if strings.Contains(strings.ToLower(m.Subject), r.Word) {
		m.Priority = Priority(min(int(Urgent), max(int(Low), int(m.Priority)+r.Delta)))
		return true
	}
	return false
}
func (r KeywordRule) String() string { return fmt.Sprintf("keyword %q %+d", r.Word, r.Delta) }

type inboxHeap []*Message

func (h inboxHeap) Len() int { return len(h) }
func (h inboxHeap) Less(i, j int) bool {
	if h[i].Priority != h[j].Priority {
		return h[i].Priority > h[j].Priority
	}
	return h[i].Received.Before(h[j].Received)
}
func (h inboxHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index, h[j].index = i, j
}
func (h *inboxHeap) Push(x any) {
	m := x.(*Message)
	m.index = len(*h)
	*h = append(*h, m)
}
func (h *inboxHeap) Pop() any {
	old := *h
	m := old[len(old)-1]
	*h = old[:len(old)-1]
	m.index = -1
	return m
}

type Inbox struct {
	h     inboxHeap
	rules []Rule
}

func (in *Inbox) Deliver(m *Message) {
	for _, r := range in.rules {
		if r.Apply(m) {
			fmt.Printf("  rule [%v] -> %q now %v\n", r, m.Subject, m.Priority)
		}
	}
	heap.Push(&in.h, m)
}

func (in *Inbox) Bump(m *Message, p Priority) {
	m.Priority = p
	heap.Fix(&in.h, m.index)
}

func main() {
	base := time.Date(2024, 6, 1, 8, 0, 0, 0, time.UTC)
	in := &Inbox{rules: []Rule{
		SenderRule{"boss.example", High},
		KeywordRule{"outage", 2},
		KeywordRule{"newsletter", -1},
	}}
	msgs := []*Message{
		{From: "news@shop.example", Subject: "Weekly Newsletter", Priority: Normal},
		{From: "ceo@boss.example", Subject: "Q3 plan"},
		{From: "ops@infra.example", Subject: "Outage in eu-west", Priority: Normal},
		{From: "friend@mail.example", Subject: "lunch?", Priority: Normal},
		{From: "cto@boss.example", Subject: "OUTAGE postmortem", Priority: Normal},
		{From: "bot@ci.example", Subject: "build green", Priority: Low},
	}
	for i, m := range msgs {
		m.Received = base.Add(time.Duration(i*7) * time.Minute)
		fmt.Printf("deliver %s from %s\n", m.Received.Format("15:04"), m.From)
		in.Deliver(m)
	}
	in.Bump(msgs[3], Urgent)
	fmt.Println("-- reading order --")
	for in.h.Len() > 0 {
		m := heap.Pop(&in.h).(*Message)
		fmt.Printf("%-7v %s %-20s %s\n", m.Priority, m.Received.Format("15:04"), m.From, m.Subject)
	}
}
