// A traffic-light controller. Each State is a node holding a handler
// func that receives the node itself and returns the next state node.
package main

import "fmt"

type Event int

const (
	Tick Event = iota
	Pedestrian
	Emergency
	Clear
)

func (e Event) String() string {
	return [...]string{"tick", "ped", "emergency", "clear"}[e]
}

type Controller struct {
	elapsed    int
	pedWaiting bool
	states     map[string]*State
	log        []string
}

type State struct {
	Name     string
	Duration int
	On       func(s *State, c *Controller, ev Event) *State
}

func (c *Controller) to(name string) *State {
	c.elapsed = 0
	return c.states[name]
}

// timed builds a handler that advances to next after s.Duration ticks.
func timed(next string) func(*State, *Controller, Event) *State {
	return func(s *State, c *Controller, ev Event) *State {
		switch ev {
		case Emergency:
			return c.to("flashing-red")
		case Pedestrian:
			c.pedWaiting = true
			return s
		case Tick:
			c.elapsed++
			if c.elapsed >= s.Duration {
				return c.to(next)
			}
		}
		return s
	}
}

func NewController() *Controller {
	c := &Controller{states: map[string]*State{}}
	add := func(s *State) { c.states[s.Name] = s }
	add(&State{Name: "green", Duration: 4, On: func(s *State, c *Controller, ev Event) *State {
		// A waiting pedestrian shortens green to two ticks.
		if ev == Tick && c.pedWaiting && c.elapsed+1 >= 2 {
			return c.to("yellow")
		}
		return timed("yellow")(s, c, ev)
	}})
	add(&State{Name: "yellow", Duration: 1, On: timed("red")})
	add(&State{Name: "red", Duration: 3, On: func(s *State, c *Controller, ev Event) *State {
		if c.pedWaiting && ev == Tick && c.elapsed == 0 {
			c.pedWaiting = false
			c.log = append(c.log, "walk signal")
			return c.to("walk")
		}
		return timed("green")(s, c, ev)
	}})
	add(&State{Name: "walk", Duration: 2, On: timed("red-after-walk")})
	add(&State{Name: "red-after-walk", Duration: 1, On: timed("green")})
	add(&State{Name: "flashing-red", On: func(s *State, c *Controller, ev Event) *State {
		if ev == Clear {
			return c.to("red")
		}
		return s
	}})
	return c
}

func main() {
	c := NewController()
	cur := c.states["green"]
	script := []Event{
		Tick, Tick, Tick, Tick, Tick, Tick, Pedestrian, Tick, Tick, Tick,
		Tick, Tick, Pedestrian, Tick, Tick, Tick, Tick, Tick, Tick, Emergency,
		Tick, Tick, Clear, Tick, Tick, Tick, Tick,
	}
	visits := map[string]int{"green": 1}
	order := []string{"green"}
	for i, ev := range script {
		prev := cur
		cur = cur.On(cur, c, ev)
		if cur != prev {
			if visits[cur.Name] == 0 {
				order = append(order, cur.Name)
			}
			visits[cur.Name]++
			fmt.Printf("step %2d %-9v %-14s -> %s\n", i+1, ev, prev.Name, cur.Name)
		} else if ev != Tick {
			fmt.Printf("step %2d %-9v %-14s (stays, ped=%t)\n", i+1, ev, cur.Name, c.pedWaiting)
		}
	}
	fmt.Println("final:", cur.Name, "log:", c.log)
	for _, n := range order {
		fmt.Printf("  %-14s entered %d time(s)\n", n, visits[n])
	}
}
