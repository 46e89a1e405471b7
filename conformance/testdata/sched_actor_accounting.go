package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

// usage is the state owned exclusively by the actor goroutine.
type usage struct {
	ticks   map[string]int
	reports int
}

// command is anything the actor knows how to execute against its state.
type command interface {
	apply(u *usage)
}

type record struct {
	proc  string
	ticks int
}

func (c record) apply(u *usage) {
	u.ticks[c.proc] += c.ticks
	u.reports++
}

type topN struct {
	n     int
	reply chan<- []record
}

func (c topN) apply(u *usage) {
	all := make([]record, 0, len(u.ticks))
	for p, t := range u.ticks {
		all = append(all, record{p, t})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].ticks != all[j].ticks {
			return all[i].ticks > all[j].ticks
		}
		return all[i].proc < all[j].proc
	})
	c.reply <- all[:min(c.n, len(all))]
}

type reset struct {
	proc  string
	reply chan<- error
}

var errUnknown = errors.New("unknown process")

func (c reset) apply(u *usage) {
	if _, ok := u.ticks[c.proc]; !ok {
		c.reply <- fmt.Errorf("reset %q: %w", c.proc, errUnknown)
		return
	}
	delete(u.ticks, c.proc)
	c.reply <- nil
}

type stats struct{ reply chan<- [2]int }

func (c stats) apply(u *usage) { c.reply <- [2]int{len(u.ticks), u.reports} }

// Accountant is the public handle: only a channel, never the state itself.
type Accountant struct {
	inbox chan command
	done  chan struct{}
}

func Start() *Accountant {
	a := &Accountant{inbox: make(chan command, 8), done: make(chan struct{})}
	go func() {
		defer close(a.done)
		state := &usage{ticks: map[string]int{}}
		for cmd := range a.inbox {
			cmd.apply(state)
		}
	}()
	return a
}

func (a *Accountant) Record(p string, t int) { a.inbox <- record{p, t} }

func (a *Accountant) Top(n int) []record {
	ch := make(chan []record)
	a.inbox <- topN{n, ch}
	return <-ch
}

func (a *Accountant) Reset(p string) error {
	ch := make(chan error)
	a.inbox <- reset{p, ch}
	return <-ch
}

func (a *Accountant) Stats() (procs, reports int) {
	ch := make(chan [2]int)
	a.inbox <- stats{ch}
	s := <-ch
	return s[0], s[1]
}

func (a *Accountant) Stop() { close(a.inbox); <-a.done }

func main() {
	acct := Start()
	procs := []string{"kworker", "chrome", "gcc", "bash", "Xorg", "pulseaudio"}

	// Eight CPUs report ticks concurrently; addition commutes, so the totals
	// are the same whatever order the actor receives the messages in.
	var wg sync.WaitGroup
	for cpu := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 50 {
				p := procs[(cpu+round)%len(procs)]
				acct.Record(p, (cpu+1)*(round%4+1))
			}
		}()
	}
	wg.Wait()

	n, reports := acct.Stats()
	fmt.Printf("%d processes, %d reports\n", n, reports)
	for i, r := range acct.Top(4) {
		fmt.Printf("#%d %-12s %5d ticks\n", i+1, r.proc, r.ticks)
	}

	fmt.Println("reset chrome:", acct.Reset("chrome"))
	if err := acct.Reset("systemd"); errors.Is(err, errUnknown) {
		fmt.Println("reset systemd:", err)
	}
	fmt.Printf("after reset: %+v\n", acct.Top(10))
	acct.Stop()
	fmt.Println("actor stopped")
}
