package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter struct {
	Name  string
	plays atomic.Int64
	skips atomic.Int64
}

func (c *Counter) SkipRate() float64 {
	p := c.plays.Load()
	if p == 0 {
		return 0
	}
	return float64(c.skips.Load()) / float64(p)
}

type Listener struct {
	ID       int
	Sessions int
}

func main() {
	songs := []*Counter{
		{Name: "Overture"},
		{Name: "Interlude"},
		{Name: "Finale"},
	}

	listeners := make([]Listener, 8)
	for i := range listeners {
		listeners[i] = Listener{ID: i + 1, Sessions: 50 + i*10}
	}

	var totalEvents atomic.Int64
	var wg sync.WaitGroup
	for _, l := range listeners {
		wg.Add(1)
		go func(l Listener) {
			defer wg.Done()
			for s := range l.Sessions {
				song := songs[(l.ID+s)%len(songs)]
				song.plays.Add(1)
				if (l.ID*s)%7 == 0 {
					song.skips.Add(1)
				}
				totalEvents.Add(1)
			}
		}(l)
	}
	wg.Wait()

	fmt.Println("listeners:", len(listeners))
	fmt.Println("total events:", totalEvents.Load())
	var sum int64
	for _, c := range songs {
		sum += c.plays.Load()
		fmt.Printf("%-10s plays=%4d skips=%3d skip rate=%6.2f%%\n",
			c.Name, c.plays.Load(), c.skips.Load(), 100*c.SkipRate())
	}
	fmt.Println("sum of per-song plays matches total:", sum == totalEvents.Load())

	var ready atomic.Bool
	var once sync.Once
	for range 3 {
		once.Do(func() { ready.Store(true) })
	}
	fmt.Println("charts ready:", ready.Load())

	var peak atomic.Int64
	for _, c := range songs {
		for {
			old := peak.Load()
			v := c.plays.Load()
			if v <= old || peak.CompareAndSwap(old, v) {
				break
			}
		}
	}
	fmt.Println("peak plays for a single song:", peak.Load())
}
