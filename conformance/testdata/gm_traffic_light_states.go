package main

import (
	"fmt"
	"sort"
	"strings"
)

// State is one phase of a pedestrian-crossing traffic light.
type State interface {
	Name() string
	Duration() int
	Next(c *Controller) State
}

type phase struct {
	name string
	dur  int
}

func (p phase) Name() string  { return p.name }
func (p phase) Duration() int { return p.dur }

type Green struct{ phase }
type Yellow struct{ phase }
type Red struct{ phase }
type Walk struct {
	phase
	crossings int
}

func (g Green) Next(c *Controller) State {
	if c.buttonPressed {
		return Yellow{phase{"yellow", 3}}
	}
	return g // stay green until someone wants to cross
}

func (Yellow) Next(c *Controller) State { return Red{phase{"red", 2}} }

func (Red) Next(c *Controller) State {
	if c.buttonPressed {
		c.buttonPressed = false
		return &Walk{phase: phase{"walk", 6}}
	}
	return Green{phase{"green", 8}}
}

func (w *Walk) Next(c *Controller) State {
	w.crossings++
	return Green{phase{"green", 8}}
}

type Controller struct {
	state         State
	remaining     int
	buttonPressed bool
	timeIn        map[string]int
	transitions   []string
}

func NewController() *Controller {
	start := Green{phase{"green", 8}}
	return &Controller{state: start, remaining: start.Duration(), timeIn: map[string]int{}}
}

func (c *Controller) Press(t int) {
	if c.buttonPressed {
		fmt.Printf("t=%2d button pressed again (already waiting)\n", t)
		return
	}
	c.buttonPressed = true
	fmt.Printf("t=%2d button pressed during %s\n", t, c.state.Name())
}

func (c *Controller) Tick(t int) {
	c.timeIn[c.state.Name()]++
	c.remaining--
	if c.remaining > 0 {
		return
	}
	next := c.state.Next(c)
	if next.Name() != c.state.Name() {
		fmt.Printf("t=%2d %-6s -> %s\n", t, c.state.Name(), next.Name())
		c.transitions = append(c.transitions, next.Name())
	}
	c.state = next
	c.remaining = next.Duration()
}

func main() {
	presses := map[int]bool{5: true, 6: true, 31: true, 33: true, 52: true}
	c := NewController()
	for t := 0; t < 70; t++ {
		if presses[t] {
			c.Press(t)
		}
		c.Tick(t)
	}

	names := make([]string, 0, len(c.timeIn))
	for n := range c.timeIn {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return c.timeIn[names[i]] > c.timeIn[names[j]] })
	fmt.Println("time spent per phase:")
	for _, n := range names {
		pct := 100 * float64(c.timeIn[n]) / 70
		fmt.Printf("  %-7s %3d ticks %5.1f%% %s\n", n, c.timeIn[n], pct, strings.Repeat("*", c.timeIn[n]/2))
	}
	fmt.Printf("sequence: %s\n", strings.Join(c.transitions, ","))
	fmt.Printf("final state: %T %+v\n", c.state, c.state)
}
