package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Msg struct {
	From, Term int
	Kind       string
}

func (m Msg) String() string { return fmt.Sprintf("%s(from=%d,term=%d)", m.Kind, m.From, m.Term) }

type Node struct {
	ID    int
	Alive bool
	inbox chan Msg
}

// Bully election: the highest live ID wins. Candidates message higher
// nodes; any live higher node answers and takes over.
func elect(nodes []*Node, starter, term int) (int, []string) {
	var log []string
	cur := starter
	for {
		var higher []*Node
		for _, n := range nodes {
			if n.ID > cur && n.Alive {
				higher = append(higher, n)
			}
		}
		if len(higher) == 0 {
			break
		}
		var wg sync.WaitGroup
		replies := make(chan Msg, len(higher))
		for _, h := range higher {
			h.inbox <- Msg{From: cur, Term: term, Kind: "ELECTION"}
			wg.Go(func() {
				m := <-h.inbox
				replies <- Msg{From: h.ID, Term: m.Term, Kind: "OK"}
			})
		}
		wg.Wait()
		close(replies)
		var got []Msg
		for r := range replies {
			got = append(got, r)
		}
		sort.Slice(got, func(i, j int) bool { return got[i].From < got[j].From })
		parts := make([]string, len(got))
		for i, m := range got {
			parts[i] = m.String()
		}
		log = append(log, fmt.Sprintf("node %d got %s", cur, strings.Join(parts, " ")))
		cur = got[0].From
	}
	return cur, log
}

func main() {
	nodes := make([]*Node, 6)
	for i := range nodes {
		nodes[i] = &Node{ID: i + 1, Alive: true, inbox: make(chan Msg, 1)}
	}
	scenario := []struct{ kill, starter int }{{6, 2}, {5, 1}, {0, 3}, {4, 2}}
	for term, sc := range scenario {
		if sc.kill > 0 {
			nodes[sc.kill-1].Alive = false
			fmt.Printf("term %d: node %d crashed\n", term+1, sc.kill)
		}
		leader, log := elect(nodes, sc.starter, term+1)
		for _, l := range log {
			fmt.Println("  ", l)
		}
		fmt.Printf("term %d: starter %d -> leader %d\n", term+1, sc.starter, leader)
	}
}
