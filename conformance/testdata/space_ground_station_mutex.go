package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

// Uplink counts commands sent to each satellite from many ground stations.
type Uplink struct {
	mu       sync.Mutex
	commands map[string]int
	bytes    atomic.Int64
	dropped  atomic.Int32
}

func NewUplink() *Uplink {
	return &Uplink{commands: make(map[string]int)}
}

func (u *Uplink) Send(sat string, payload []byte) {
	if len(payload) == 0 {
		u.dropped.Add(1)
		return
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	u.commands[sat]++
	u.bytes.Add(int64(len(payload)))
}

func (u *Uplink) Snapshot() map[string]int {
	u.mu.Lock()
	defer u.mu.Unlock()
	out := make(map[string]int, len(u.commands))
	for k, v := range u.commands {
		out[k] = v
	}
	return out
}

func main() {
	stations := []string{"Goldstone", "Madrid", "Canberra", "Kiruna", "Svalbard"}
	sats := []string{"AQUA", "TERRA", "LANDSAT-9", "SENTINEL-2"}

	up := NewUplink()
	var wg sync.WaitGroup
	for i, st := range stations {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range 40 {
				sat := sats[(i+n)%len(sats)]
				payload := []byte(fmt.Sprintf("%s>%s:%03d", st, sat, n))
				if n%13 == 0 {
					payload = nil // simulated dropout
				}
				up.Send(sat, payload)
			}
		}()
	}
	wg.Wait()

	snap := up.Snapshot()
	names := make([]string, 0, len(snap))
	for name := range snap {
		names = append(names, name)
	}
	slices.Sort(names)

	total := 0
	for _, name := range names {
		fmt.Printf("%-11s %3d commands\n", name, snap[name])
		total += snap[name]
	}
	fmt.Println("total commands:", total)
	fmt.Println("dropped frames:", up.dropped.Load())
	fmt.Println("bytes uplinked:", up.bytes.Load())
}
