package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type call struct {
	wg   sync.WaitGroup
	val  string
	err  error
	dups int
}

// Group suppresses duplicate in-flight calls for the same key.
type Group struct {
	mu sync.Mutex
	m  map[string]*call
}

func (g *Group) Do(key string, fn func() (string, error)) (string, error, bool) {
	g.mu.Lock()
	if g.m == nil {
		g.m = make(map[string]*call)
	}
	if c, ok := g.m[key]; ok {
		c.dups++
		g.mu.Unlock()
		c.wg.Wait()
		return c.val, c.err, true
	}
	c := &call{}
	c.wg.Add(1)
	g.m[key] = c
	g.mu.Unlock()

	c.val, c.err = fn()

	g.mu.Lock()
	delete(g.m, key)
	shared := c.dups > 0
	g.mu.Unlock()
	c.wg.Done()
	return c.val, c.err, shared
}

// Waiters reports how many duplicate callers wait on key, or -1 if none in flight.
func (g *Group) Waiters(key string) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	if c, ok := g.m[key]; ok {
		return c.dups
	}
	return -1
}

type outcome struct {
	val    string
	err    string
	shared bool
}

func burst(g *Group, key string, callers int, loads *atomic.Int32, fail bool) []outcome {
	release := make(chan struct{})
	out := make([]outcome, callers)
	var wg sync.WaitGroup
	for i := 0; i < callers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err, shared := g.Do(key, func() (string, error) {
				n := loads.Add(1)
				<-release
				if fail {
					return "", errors.New("upstream timeout for " + key)
				}
				return fmt.Sprintf("%s=v%d", key, n), nil
			})
			o := outcome{val: v, shared: shared}
			if err != nil {
				o.err = err.Error()
			}
			out[i] = o
		}()
	}
	for g.Waiters(key) < callers-1 {
		time.Sleep(20 * time.Microsecond)
	}
	close(release)
	wg.Wait()
	return out
}

func summarize(label string, outs []outcome) {
	counts := map[string]int{}
	sharedN := 0
	for _, o := range outs {
		counts[o.val+"|"+o.err]++
		if o.shared {
			sharedN++
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Printf("%s: callers=%d shared=%d distinct=%v\n", label, len(outs), sharedN, keys)
}

func main() {
	var g Group
	var loads atomic.Int32

	summarize("user:42 first burst", burst(&g, "user:42", 10, &loads, false))
	fmt.Println("loads so far:", loads.Load())
	summarize("user:42 second burst", burst(&g, "user:42", 3, &loads, false))
	fmt.Println("loads so far:", loads.Load())
	summarize("report failing", burst(&g, "report", 5, &loads, true))
	fmt.Println("loads so far:", loads.Load())

	v, err, shared := g.Do("solo", func() (string, error) { return "only-one", nil })
	fmt.Println("solo:", v, err, shared)
	fmt.Println("in flight after all:", g.Waiters("user:42"), g.Waiters("report"))
}
