package main

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"sync"
)

type Action int

const (
	Create Action = iota + 1
	Update
	Approve
	Void
)

func (a Action) String() string {
	switch a {
	case Create:
		return "CREATE"
	case Update:
		return "UPDATE"
	case Approve:
		return "APPROVE"
	case Void:
		return "VOID"
	}
	return "UNKNOWN"
}

type Entry struct {
	Actor  string
	Seq    int // per-actor sequence number
	Action Action
	Doc    string
	Amount int64
}

func (e Entry) String() string {
	return fmt.Sprintf("%-6s #%02d %-7v %-8s %9.2f", e.Actor, e.Seq, e.Action, e.Doc, float64(e.Amount)/100)
}

type AuditLog struct {
	mu      sync.Mutex
	entries []Entry
	seq     map[string]int
	totals  map[Action]int64
}

func NewAuditLog() *AuditLog {
	return &AuditLog{seq: map[string]int{}, totals: map[Action]int64{}}
}

func (l *AuditLog) Record(actor string, a Action, doc string, amount int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.seq[actor]++
	l.entries = append(l.entries, Entry{actor, l.seq[actor], a, doc, amount})
	l.totals[a] += amount
}

func (l *AuditLog) Sorted() []Entry {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := slices.Clone(l.entries)
	slices.SortFunc(out, func(x, y Entry) int {
		return cmp.Or(cmp.Compare(x.Actor, y.Actor), cmp.Compare(x.Seq, y.Seq))
	})
	return out
}

func main() {
	log := NewAuditLog()
	work := map[string][]struct {
		a      Action
		doc    string
		amount int64
	}{
		"alice": {{Create, "INV-001", 125000}, {Update, "INV-001", 130000}, {Approve, "INV-001", 130000}},
		"bob":   {{Create, "PO-77", 48000}, {Void, "PO-77", 48000}, {Create, "PO-78", 51250}},
		"carol": {{Approve, "PO-78", 51250}, {Create, "JE-9", 9999}},
		"dave":  {{Create, "INV-002", 7500}, {Update, "INV-002", 8000}, {Update, "INV-002", 8125}, {Approve, "INV-002", 8125}},
	}
	var wg sync.WaitGroup
	for actor, jobs := range work {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, j := range jobs {
				log.Record(actor, j.a, j.doc, j.amount)
			}
		}()
	}
	// concurrent noise: many workers recording small adjustments
	for i := range 8 {
		wg.Go(func() {
			for k := range 25 {
				log.Record(fmt.Sprintf("bot%d", i%2), Update, "ADJ", int64(i*k))
			}
		})
	}
	wg.Wait()

	entries := log.Sorted()
	h := fnv.New64a()
	perActor := map[string]int{}
	for _, e := range entries {
		fmt.Fprintln(h, e.Actor, e.Seq, e.Action)
		perActor[e.Actor]++
		if !strings.HasPrefix(e.Actor, "bot") {
			fmt.Println(e)
		}
	}
	fmt.Println()
	for _, a := range slices.Sorted(func(yield func(string) bool) {
		for k := range perActor {
			if !yield(k) {
				return
			}
		}
	}) {
		fmt.Printf("%-6s %3d entries\n", a, perActor[a])
	}
	for a := Create; a <= Void; a++ {
		fmt.Printf("%-8v total %12.2f\n", a, float64(log.totals[a])/100)
	}
	fmt.Printf("entries=%d chain=%016x\n", len(entries), h.Sum64())
	fmt.Println("entries match seq sum:", len(entries) == perActor["alice"]+perActor["bob"]+perActor["carol"]+perActor["dave"]+perActor["bot0"]+perActor["bot1"])
}
