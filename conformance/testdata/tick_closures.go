package main

import (
	"fmt"
	"strings"
)

type Ticket struct {
	ID       string
	Priority int
	Tags     []string
}

func idGenerator(prefix string) func() string {
	n := 0
	return func() string {
		n++
		return fmt.Sprintf("%s-%04d", prefix, n)
	}
}

type Predicate func(Ticket) bool

func withTag(tag string) Predicate {
	return func(t Ticket) bool {
		for _, x := range t.Tags {
			if x == tag {
				return true
			}
		}
		return false
	}
}

func minPriority(p int) Predicate {
	return func(t Ticket) bool { return t.Priority >= p }
}

func and(ps ...Predicate) Predicate {
	return func(t Ticket) bool {
		for _, p := range ps {
			if !p(t) {
				return false
			}
		}
		return true
	}
}

type Handler func(string) string

func logging(log *[]string, next Handler) Handler {
	return func(s string) string {
		*log = append(*log, "in:"+s)
		out := next(s)
		*log = append(*log, "out:"+out)
		return out
	}
}

func main() {
	bugID := idGenerator("BUG")
	saleID := idGenerator("SALE")
	var tickets []Ticket
	tickets = append(tickets, Ticket{bugID(), 3, []string{"seating"}})
	tickets = append(tickets, Ticket{saleID(), 1, []string{"refund"}})
	tickets = append(tickets, Ticket{bugID(), 5, []string{"refund", "payments"}})
	tickets = append(tickets, Ticket{saleID(), 4, []string{"refund"}})
	tickets = append(tickets, Ticket{bugID(), 2, []string{"seating", "ui"}})

	filters := map[string]Predicate{
		"refund":          withTag("refund"),
		"urgent":          minPriority(4),
		"urgent refund":   and(withTag("refund"), minPriority(4)),
		"seating p3+ bug": and(withTag("seating"), minPriority(3)),
	}
	for _, name := range []string{"refund", "urgent", "urgent refund", "seating p3+ bug"} {
		var ids []string
		for _, t := range tickets {
			if filters[name](t) {
				ids = append(ids, t.ID)
			}
		}
		fmt.Printf("%-16s -> %s\n", name, strings.Join(ids, ", "))
	}

	var log []string
	upper := logging(&log, strings.ToUpper)
	h := logging(&log, func(s string) string { return upper(strings.TrimSpace(s)) + "!" })
	fmt.Println("result:", h("  refund approved "))
	fmt.Printf("log: %q\n", log)

	var counters []func() int
	for i := range 3 {
		counters = append(counters, func() int { return i * 10 })
	}
	for _, c := range counters {
		fmt.Print(c(), " ")
	}
	fmt.Println()
}
